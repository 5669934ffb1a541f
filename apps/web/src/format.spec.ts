/// <reference types="jest" />
import { admiraltyText, ci, date, dateTime, mean, num, pct, plural, signed, words } from './format';

describe('number formatting', () => {
  it('num rounds to the digits asked and drops a zero fraction', () => {
    expect(num(3.14159)).toBe('3.1');
    expect(num(3.14159, 2)).toBe('3.14');
    expect(num(2)).toBe('2');
    expect(num(2.04, 1)).toBe('2');
    expect(num(7, 2)).toBe('7');
  });

  it('num shows a dash for a missing or non-finite value', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(num(v)).toBe('—');
  });

  it('pct turns a share into a percentage', () => {
    expect(pct(0.125)).toBe('12.5%');
    expect(pct(0.5)).toBe('50%');
    expect(pct(0)).toBe('0%');
    expect(pct(1 / 3, 2)).toBe('33.33%');
    expect(pct(null)).toBe('—');
  });

  it('ci joins the bounds with an en dash, n/a without an interval', () => {
    expect(ci([41.26, 55])).toBe('41.3–55');
    expect(ci(null)).toBe('n/a');
  });

  it('signed puts a plus before positive differences only', () => {
    expect(signed(4.25)).toBe('+4.3');
    expect(signed(-3)).toBe('-3');
    expect(signed(0)).toBe('0');
    expect(signed(undefined)).toBe('—');
  });

  it('mean of nothing is null', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });
});

describe('dates', () => {
  it('date shows the UTC calendar day', () => {
    expect(date('2024-03-05T23:30:00Z')).toBe('2024-03-05');
    expect(date('2024-03-05T23:30:00-02:00')).toBe('2024-03-06');
  });

  it('dateTime shows day, hours and minutes in UTC', () => {
    expect(dateTime('2024-03-05T08:07:59.999Z')).toBe('2024-03-05 08:07 UTC');
  });

  it('an unparsable date is shown as given, a missing one as a dash', () => {
    expect(date('unknown')).toBe('unknown');
    expect(dateTime('not a date')).toBe('not a date');
    expect(date(null)).toBe('—');
    expect(dateTime('')).toBe('—');
  });
});

describe('words', () => {
  it('plural picks the form by count', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(2, 'query', 'queries')).toBe('2 queries');
  });

  it('words spells out camelCase and kebab-case ids', () => {
    expect(words('sourcingQuality')).toBe('sourcing quality');
    expect(words('named-source')).toBe('named source');
    expect(words('own_voice')).toBe('own voice');
  });

  it('admiraltyText explains both halves of a grade', () => {
    expect(admiraltyText('B2')).toBe('B2 (usually reliable, probably true)');
    expect(admiraltyText('F6')).toBe('F6 (reliability cannot be judged, truth cannot be judged)');
  });

  it('admiraltyText keeps the known half of an odd grade and adds nothing for an unknown one', () => {
    expect(admiraltyText('A9')).toBe('A9 (completely reliable)');
    expect(admiraltyText('Z9')).toBe('Z9');
    expect(admiraltyText(null)).toBe('—');
  });
});
