import { seededRandom } from '@auditor/scoring/fit/seeded-random';
import { auc } from '../metrics';
import {
  bootstrapInterval,
  formatInterval,
  groupedAuc,
  groupIndices,
  quantile,
  scoreOrder,
  weightedAuc,
} from './interval';

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([7], 0.975)).toBe(7);
  });

  it('refuses an empty list', () => {
    expect(() => quantile([], 0.5)).toThrow(/no values/);
  });
});

describe('weightedAuc', () => {
  // Scores on a coarse grid so ties between positives and negatives are common, as with the engine's scores.
  const next = seededRandom(3);
  const scores = Array.from({ length: 200 }, () => Math.floor(next() * 6));
  const positive = scores.map((s) => next() < 0.15 + s * 0.1);
  const order = scoreOrder(scores);

  it('equals the plain AUC when every item counts once', () => {
    expect(weightedAuc(order, scores, positive, () => 1)).toBeCloseTo(auc(scores, positive), 12);
  });

  it('reads a weight as that many copies of the item, and a zero weight as its absence', () => {
    const weight = (i: number) => (i % 3 === 0 ? 2 : i % 7 === 0 ? 0 : 1);
    const copies = scores.flatMap((_, i) => Array.from({ length: weight(i) }, () => i));
    const expected = auc(
      copies.map((i) => scores[i]),
      copies.map((i) => positive[i]),
    );
    expect(weightedAuc(order, scores, positive, weight)).toBeCloseTo(expected, 12);
  });

  it('is 0.5 when a resample holds only one class', () => {
    expect(weightedAuc(order, scores, positive, (i) => (positive[i] ? 1 : 0))).toBe(0.5);
  });
});

describe('groupIndices and groupedAuc', () => {
  it('numbers groups in first-seen order', () => {
    expect(groupIndices(['b', 'a', 'b', 'c'])).toEqual({ group: [0, 1, 0, 2], count: 3 });
  });

  it('weights every item by the draws of its group', () => {
    const scores = [3, 1, 2, 2, 0, 5];
    const positive = [true, false, true, false, false, true];
    const { group, count } = groupIndices(['x', 'x', 'y', 'y', 'z', 'z']);
    const statistic = groupedAuc(scores, positive, group);
    expect(statistic(new Uint32Array(count).fill(1))).toBeCloseTo(auc(scores, positive), 12);
    // group x twice, y not at all, z once
    const kept = [0, 1, 0, 1, 4, 5];
    expect(statistic(Uint32Array.from([2, 0, 1]))).toBeCloseTo(
      auc(
        kept.map((i) => scores[i]),
        kept.map((i) => positive[i]),
      ),
      12,
    );
  });
});

describe('bootstrapInterval', () => {
  const values = Array.from({ length: 300 }, (_, i) => (i * 37) % 101);
  const mean = (d: Uint32Array) => {
    let sum = 0,
      n = 0;
    for (let k = 0; k < d.length; k++) {
      sum += d[k] * values[k];
      n += d[k];
    }
    return sum / n;
  };
  const fullMean = values.reduce((a, b) => a + b, 0) / values.length;

  it('draws as many units as there are in every resample', () => {
    const sizes = new Set<number>();
    bootstrapInterval(50, (d) => (sizes.add(d.reduce((a, b) => a + b, 0)), 0), { resamples: 100 });
    expect([...sizes]).toEqual([50]);
  });

  it('brackets the full-sample figure, and narrows as the level falls', () => {
    const wide = bootstrapInterval(values.length, mean, { seed: 4 });
    const narrow = bootstrapInterval(values.length, mean, { seed: 4, level: 0.5 });
    expect(wide.lo).toBeLessThan(fullMean);
    expect(wide.hi).toBeGreaterThan(fullMean);
    expect(narrow.lo).toBeGreaterThan(wide.lo);
    expect(narrow.hi).toBeLessThan(wide.hi);
  });

  it('gives the same interval for the same seed and another for another seed', () => {
    const a = bootstrapInterval(values.length, mean, { seed: 4 });
    expect(bootstrapInterval(values.length, mean, { seed: 4 })).toEqual(a);
    expect(bootstrapInterval(values.length, mean, { seed: 5 })).not.toEqual(a);
  });

  it('pairs statistics bootstrapped with one seed: a figure minus itself has a zero-width interval', () => {
    expect(bootstrapInterval(values.length, (d) => mean(d) - mean(d), { seed: 4 })).toEqual({ lo: 0, hi: 0 });
  });

  it('refuses no units and a level outside (0, 1)', () => {
    expect(() => bootstrapInterval(0, mean)).toThrow(/no units/);
    expect(() => bootstrapInterval(10, mean, { level: 1 })).toThrow(/level/);
  });
});

describe('formatInterval', () => {
  it('prints three decimals, and signs on a margin', () => {
    expect(formatInterval({ lo: 0.5712, hi: 0.6281 })).toBe('95% CI 0.571–0.628');
    expect(formatInterval({ lo: -0.0123, hi: 0.0456 }, true)).toBe('95% CI −0.012–+0.046');
  });
});
