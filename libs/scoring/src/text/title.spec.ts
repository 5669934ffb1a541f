import { decodeEntities, deriveTitle, htmlTitle, shortenTitle } from './title';

describe('deriveTitle', () => {
  it('takes the first heading-like line under the masthead', () => {
    const text =
      'Editor in Chief: A. Karimi Monday, March 14th, 2011\n\nFloods Cut the Road to Faizabad\n\nThe road between Kunduz and Faizabad was closed on Sunday after heavy rain, officials said.';
    expect(deriveTitle(text)).toBe('Floods Cut the Road to Faizabad');
  });

  it('skips copyright lines, site names with a qualifier and section labels', () => {
    const text =
      '© Mountain Weekly 2019\nMountain Weekly – English\n\nAnalysis\n\nWho Guards the Northern Border?\n\nFew reports from the border can be checked.';
    expect(deriveTitle(text)).toBe('Who Guards the Northern Border?');
  });

  it('uses the first sentence of a press release without a headline, after its number and dateline', () => {
    const text =
      '2014-02-S-011\nFor Immediate Release\n\nMAZAR-E SHARIF, Afghanistan (Feb. 3, 2014)\nA patrol found a weapons cache in Kunduz district, Kunduz province, today. No one was hurt.';
    expect(deriveTitle(text)).toBe('A patrol found a weapons cache in Kunduz district, Kunduz province, today');
  });

  it('reads lines separated by U+2028 and a dateline that opens the body line', () => {
    const text =
      'Regional Command North - Afghanistan\u20282012-05-CA-201\u2028\u2028HERAT, Afghanistan (May 2) - Police opened a new checkpoint near the airport. It is staffed day and night.';
    expect(deriveTitle(text)).toBe('Police opened a new checkpoint near the airport');
  });

  it('does not take the first wrapped line of PDF text for a heading', () => {
    const text =
      'The northern provinces saw three new checkpoints in the spring of \nlast year, and traders say the road is safer now. More follows.';
    expect(deriveTitle(text)).toBe(
      'The northern provinces saw three new checkpoints in the spring of last year, and traders say the road is safer now',
    );
  });

  it('shortens a long first sentence at a word boundary', () => {
    const sentence = `Officials in the district said ${'that the market reopened '.repeat(10)}today.`;
    const title = deriveTitle(sentence)!;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
    expect(title).toMatch(/^Officials in the district said that the market reopened/);
  });

  it('returns null for text without words', () => {
    expect(deriveTitle('\n\n   \n')).toBeNull();
    expect(deriveTitle('')).toBeNull();
  });
});

describe('htmlTitle', () => {
  it('prefers og:title, then <title> without the site name, then the first h1', () => {
    expect(
      htmlTitle('<head><meta property="og:title" content="Bridge &amp; Road Reopen"><title>x</title></head>'),
    ).toBe('Bridge & Road Reopen');
    expect(htmlTitle('<head><title>Bridge Reopens | The Valley Post</title></head>')).toBe('Bridge Reopens');
    expect(htmlTitle('<body><h1 class="t">Bridge <em>Reopens</em></h1></body>')).toBe('Bridge Reopens');
    expect(htmlTitle('<body><p>No title here.</p></body>')).toBeNull();
  });
});

describe('helpers', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &#8211; c &#x2014; &bogus;')).toBe('a & b – c — &bogus;');
  });
  it('collapses whitespace and keeps short titles whole', () => {
    expect(shortenTitle('  Two\n words ')).toBe('Two words');
  });
});
