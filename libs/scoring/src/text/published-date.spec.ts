import { calendarDay, dateFromHtml, dateFromText, parseIsoDate, parseWrittenDate } from './published-date';

const NOW = new Date('2026-12-03T00:00:00Z');
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe('parseWrittenDate', () => {
  it.each([
    ['March 12, 2011', '2011-03-12'],
    ['Thursday, August 22nd, 2019', '2019-08-22'],
    ['Jan. 25, 2013', '2013-01-25'],
    ['Sept. 1, 2010', '2010-09-01'],
    ['12 March 2011', '2011-03-12'],
    ['the 3rd of May, 2012', '2012-05-03'],
    ['posted 2015-06-30 at noon', '2015-06-30'],
  ])('%s', (s, want) => expect(day(parseWrittenDate(s, NOW))).toBe(want));

  it('refuses impossible or implausible dates and release numbers', () => {
    expect(parseWrittenDate('February 30, 2011', NOW)).toBeNull();
    expect(parseWrittenDate('March 12, 2099', NOW)).toBeNull();
    expect(parseWrittenDate('2013-01-S-025', NOW)).toBeNull();
    expect(calendarDay(2012, 1, 29, NOW)?.toISOString()).toBe('2012-02-29T00:00:00.000Z');
  });
});

describe('dateFromText', () => {
  it('reads the date from a masthead line', () => {
    const text =
      'Editor in Chief: A. Karimi Monday, March 14th, 2011\n\nFloods Cut the Road\n\nThe road was closed on 2 March 2011.';
    expect(day(dateFromText(text, NOW))).toBe('2011-03-14');
  });

  it('reads a dateline at the start of the body', () => {
    const long =
      'Kabul, 12 March 2011 — Officials in the capital said the new checkpoints would stay for the rest of the year, and that more would follow in the provinces around it.';
    expect(day(dateFromText(long, NOW))).toBe('2011-03-12');
    expect(day(dateFromText('KABUL, Afghanistan (Jan. 25, 2013)\nA patrol found a cache.', NOW))).toBe('2013-01-25');
    // However short the first paragraph (rubric 2.3.22).
    expect(day(dateFromText('Kabul, 12 March 2011 — The checkpoints will stay.', NOW))).toBe('2011-03-12');
  });

  it('completes a dateline without a year from the release number', () => {
    const text = '2012-06-S-026\nFor Immediate Release\n\nKABUL, Afghanistan (June 14) — A patrol found a cache today.';
    expect(day(dateFromText(text, NOW))).toBe('2012-06-14');
    const turn = '2013-01-S-002\n\nKABUL, Afghanistan (Dec. 31) — A patrol found a cache on the last day of the year.';
    expect(day(dateFromText(turn, NOW))).toBe('2012-12-31');
  });

  it('never takes a date from a body sentence', () => {
    const text =
      'Who Guards the Border?\n\nOn 29 December 2023, the ministry announced that the border posts would be rebuilt, a plan that had been delayed for more than two years by disputes over funding.';
    expect(dateFromText(text, NOW)).toBeNull();
  });
});

describe('dateFromHtml', () => {
  it('reads article:published_time, then JSON-LD, then <time datetime>', () => {
    expect(
      dateFromHtml('<meta property="article:published_time" content="2013-08-22T09:30:00+04:30">', NOW)?.toISOString(),
    ).toBe('2013-08-22T05:00:00.000Z');
    expect(day(dateFromHtml('<script type="application/ld+json">{"datePublished": "2019-08-22"}</script>', NOW))).toBe(
      '2019-08-22',
    );
    expect(day(dateFromHtml('<p>Posted <time datetime="2021-09-01">Sept 1</time></p>', NOW))).toBe('2021-09-01');
    expect(dateFromHtml('<p>No dates.</p>', NOW)).toBeNull();
  });

  it('parses ISO dates with and without times', () => {
    expect(parseIsoDate('2011-03-02', NOW)?.toISOString()).toBe('2011-03-02T00:00:00.000Z');
    expect(parseIsoDate('2011-03-02T10:00Z', NOW)?.toISOString()).toBe('2011-03-02T10:00:00.000Z');
    expect(parseIsoDate('2011-13-02', NOW)).toBeNull();
  });
});
