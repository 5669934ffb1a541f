import { cohensKappa, proportion, wilsonInterval } from './agreement';

describe('wilsonInterval', () => {
  it('matches published values (Newcombe 1998, method 3)', () => {
    // 81 of 263: 0.2553 to 0.3662 in Newcombe's table.
    const [lo, hi] = wilsonInterval(81, 263)!;
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
    // 15 of 148: 0.0624 to 0.1605.
    const [lo2, hi2] = wilsonInterval(15, 148)!;
    expect(lo2).toBeCloseTo(0.0624, 4);
    expect(hi2).toBeCloseTo(0.1605, 4);
  });

  it('stays inside [0, 1] and keeps a width at 0 of n and n of n, where the normal interval collapses', () => {
    const [lo0, hi0] = wilsonInterval(0, 10)!;
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.2775, 4);
    const [loN, hiN] = wilsonInterval(10, 10)!;
    expect(hiN).toBe(1);
    expect(loN).toBeCloseTo(0.7225, 4);
  });

  it('is null without trials and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });

  it('proportion carries count, share and interval', () => {
    expect(proportion(1, 4)).toEqual({ count: 1, share: 0.25, ci95: wilsonInterval(1, 4) });
    expect(proportion(0, 0)).toEqual({ count: 0, share: null, ci95: null });
  });
});

describe('cohensKappa', () => {
  it('computes the textbook example (Cohen 1960 style 2×2: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → 0.4)', () => {
    const pairs: Array<[string, string]> = [
      ...Array.from({ length: 20 }, (): [string, string] => ['yes', 'yes']),
      ...Array.from({ length: 5 }, (): [string, string] => ['yes', 'no']),
      ...Array.from({ length: 10 }, (): [string, string] => ['no', 'yes']),
      ...Array.from({ length: 15 }, (): [string, string] => ['no', 'no']),
    ];
    const k = cohensKappa(pairs);
    expect(k.pairs).toBe(50);
    expect(k.observed).toBeCloseTo(0.7, 10);
    expect(k.expected).toBeCloseTo(0.5, 10);
    expect(k.kappa).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement over several categories and negative for systematic disagreement', () => {
    expect(
      cohensKappa([
        ['confirm', 'confirm'],
        ['override', 'override'],
        ['dismiss', 'dismiss'],
      ]).kappa,
    ).toBeCloseTo(1, 10);
    expect(
      cohensKappa([
        ['confirm', 'dismiss'],
        ['dismiss', 'confirm'],
      ]).kappa,
    ).toBeCloseTo(-1, 10);
  });

  it('counts a category only one rater used as chance-free for the other', () => {
    // A: c c o o; B: c c c o → po 0.75, pe 0.5·0.75 + 0.5·0.25 = 0.5, kappa 0.5.
    const k = cohensKappa([
      ['c', 'c'],
      ['c', 'c'],
      ['o', 'c'],
      ['o', 'o'],
    ]);
    expect(k.expected).toBeCloseTo(0.5, 10);
    expect(k.kappa).toBeCloseTo(0.5, 10);
  });

  it('is null (undefined, not 1) when both raters only ever used one category, and without pairs', () => {
    expect(
      cohensKappa([
        ['confirm', 'confirm'],
        ['confirm', 'confirm'],
      ]),
    ).toEqual({ pairs: 2, observed: 1, expected: 1, kappa: null });
    expect(cohensKappa([])).toEqual({ pairs: 0, observed: null, expected: null, kappa: null });
  });
});
