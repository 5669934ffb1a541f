import { segment } from './index';
import { isBibliographic, markerLabels } from './references';
import { find, kinds } from './testing';

describe('reference markers', () => {
  it.each([
    ['The border is 2,387 km long.[1]', ['1']],
    ['even the quiet ones.(11)', ['11']],
    ['sheltered by the movement,1 which meant', ['1']],
    ['in energy and agriculture.5', ['5']],
    ['the government in Afghanistan”.19', ['19']],
    ['aid (approximately $472 million)6 and flour', ['6']],
    ['issued 500 visas to assist Afghan students2, but', ['2']],
    ['which shows it (12).', ['12']],
    ['(3) Analysts in Dushanbe say so.', ['3']],
    ['[4] All of them are banned.', ['4']],
  ])('finds the marker in %j', (s, labels) => {
    expect(markerLabels(s, false)).toEqual(labels);
  });

  it.each([
    'The border is 2,387 km long.',
    'It happened in 2009, 2010 and 2011.',
    'Resolution 1988 (2011) applies.',
    'The rate was 2.5 per cent.',
    'Some 1,00,000 refugees arrived.',
    'Jane Roe, No. 4.',
    'He said "3 killed" and left.',
    'He counted (2) in one place.',
    'COVID-19 spread in 2020.',
  ])('finds no marker in %j', (s) => {
    expect(markerLabels(s, false)).toEqual([]);
  });

  it.each([
    ['Most returnees were women (Karimova 2021).', ['Karimova 2021']],
    [
      'The cells were small (see Rahimov and Saidov, 2019, p. 7; Tursunov et al. 2020b).',
      ['Rahimov and Saidov 2019', 'Tursunov et al. 2020b'],
    ],
  ])('reads an author-date citation as a reference in %j (rubric 2.3.23)', (s, labels) => {
    expect(markerLabels(s, false)).toEqual(labels);
  });

  it.each([
    'The decree was signed (March 2021).',
    'DUSHANBE (Reuters, 2 May 2022) - The ministry said.',
    'Prices rose in (2021).',
  ])('reads no date in brackets as a citation: %j', (s) => expect(markerLabels(s, false)).toEqual([]));

  it('reads a footnote glued to a year only in PDF text', () => {
    expect(markerLabels('signed in March 201914 improves', true)).toEqual(['14']);
    expect(markerLabels('signed in March 201914 improves', false)).toEqual([]);
  });
});

describe('bibliographic versus discursive notes', () => {
  it.each([
    'United Nations Office on Drugs and Crime, “Securing Borders,” August 2007, https://www.unodc.org/x.pdf',
    'Adeeb Khalid, Islam after Communism: Religion and State, 2007, Berkeley: University of California Press.',
    'Ibid.',
    'Jane Roe, No. 4.',
    '“Militants Praise the Takeover”, The Daily Record, 12 May 2020.',
    'Letter dated 20 May 2021 from the Chair of the Committee addressed to the President of the Council, 1 June 2021.',
    'Background on the opposition groups here and here.',
  ])('is bibliographic: %j', (note) => {
    expect(isBibliographic(note)).toBe(true);
  });

  it.each([
    'Analysts in Dushanbe say the group is led by a former colonel who left the country.',
    'All of them are officially recognized as terrorist organizations; their activity is banned by the law.',
    'In March 2014, the Evening Courier, citing “Western officials”, suddenly has 1,200 Chechens in the valley.',
    'Meanwhile, in 2016 and 2017, the movement lost two senior field commanders in air raids.',
  ])('is discursive: %j', (note) => {
    expect(isBibliographic(note)).toBe(false);
  });
});

describe('reference segments and entries', () => {
  const text = [
    'The border is long.[1] It was porous.[2]',
    '[1] Dana Kerimova, “Notes on a Rivalry in the Hills,” 3 March 2022, Frontier Review, https://frontier-review.example/a/',
    '[2] Ibid.',
    '(3) Analysts in Dushanbe say the group is led by a colonel. He left the country. See the note at the bottom of this page.',
    'https://example.org/standalone-link',
  ].join('\n\n');

  it('emits bibliographic notes as references with their labels and URLs', () => {
    const doc = segment(text);
    expect(doc.referenceEntries.map((e) => [e.label, e.urls])).toEqual([
      ['1', ['https://frontier-review.example/a/']],
      ['2', []],
      ['', ['https://example.org/standalone-link']],
    ]);
    for (const e of doc.referenceEntries) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(find(text, '[1] Dana')?.kind).toBe('reference');
    expect(find(text, 'https://example.org')?.kind).toBe('reference');
  });

  it('splits discursive endnotes into assertions, the first carrying the label, and keeps pointers as references', () => {
    expect(kinds(text).slice(4)).toEqual([
      ['assertion', '(3) Analysts in Dushanbe say the group is led by a colonel.'],
      ['assertion', 'He left the country.'],
      ['reference', 'See the note at the bottom of this page.'],
      ['reference', 'https://example.org/standalone-link'],
    ]);
    expect(find(text, '(3) Analysts')?.references).toEqual(['3']);
    expect(find(text, 'He left')?.references).toEqual([]);
  });

  it('attaches markers to the body sentences that carry them', () => {
    expect(find(text, 'The border')?.references).toEqual(['1']);
    expect(find(text, 'It was porous')?.references).toEqual(['2']);
  });
});
