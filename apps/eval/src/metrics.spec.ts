import { binaryPrf, macroF1, ranks, spearman } from './metrics';
import { bestMatch, NormalisedText } from './matching';

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    const r = binaryPrf([
      { gold: true, predicted: true },
      { gold: false, predicted: true },
      { gold: true, predicted: false },
      { gold: false, predicted: false },
    ]);
    expect(r).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('computes F1 from the counts, exactly at a target', () => {
    // 9 true positives, 4 false positives, 8 false negatives: F1 = 18 / 30 = 0.6 exactly.
    const pairs = [
      ...Array.from({ length: 9 }, () => ({ gold: true, predicted: true })),
      ...Array.from({ length: 4 }, () => ({ gold: false, predicted: true })),
      ...Array.from({ length: 8 }, () => ({ gold: true, predicted: false })),
    ];
    expect(binaryPrf(pairs).f1).toBeGreaterThanOrEqual(0.6);
  });

  it('averages per-class F1 over gold classes', () => {
    const r = macroF1([
      { gold: 'a', predicted: 'a' },
      { gold: 'b', predicted: 'a' },
    ]);
    expect(r.perClass).toEqual({ a: 2 / 3, b: 0 });
    expect(r.macro).toBeCloseTo(1 / 3);
  });

  it('gives tied values their average rank and correlates ranks', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(spearman([1, 2, 3], [0, 1, 2])).toBeCloseTo(1);
    expect(spearman([3, 2, 1], [0, 1, 2])).toBeCloseTo(-1);
  });
});

describe('matching labels to output', () => {
  it('finds a label whose whitespace was collapsed and maps back to original offsets', () => {
    const t = new NormalisedText('Head\n\nOne  broken\nline here. Next.');
    const f = t.find('One broken line here.');
    expect(f?.span).toEqual([6, 28]);
    expect(
      bestMatch(
        [6, 28],
        [
          { start: 0, end: 4 },
          { start: 6, end: 28 },
        ],
      )?.iou,
    ).toBe(1);
  });
});
