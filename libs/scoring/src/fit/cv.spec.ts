import { chooseLambda, fitFolds, logGrid, outOfFoldLogLoss } from './cv';
import { fitLogistic, LogisticRow } from './logistic';

/** A small deterministic generator (LCG), so the synthetic data never change. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Rows in 10 documents (fold = document % 5); y depends on x[0] with the given strength, x[1] is noise. */
function synthetic(strength: number, n = 400): { rows: LogisticRow[]; folds: number[] } {
  const rnd = random(7);
  const rows: LogisticRow[] = [];
  const folds: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = [rnd() < 0.3 ? 1 : 0, rnd() < 0.5 ? 1 : 0];
    const p = 1 / (1 + Math.exp(-(-1 + strength * x[0])));
    rows.push({ x, y: rnd() < p ? 1 : 0, w: 1, group: 0 });
    folds.push((i % 10) % 5);
  }
  return { rows, folds };
}

describe('cross-validation', () => {
  it('fits model f without the rows of fold f', () => {
    // fold 0 holds every row with x = 1; a model that never saw them cannot learn the feature
    const rows: LogisticRow[] = [...Array(20)].map((_, i) => ({
      x: [i < 10 ? 1 : 0],
      y: i < 10 || i % 4 < 2 ? 1 : 0,
      w: 1,
      group: 0,
    }));
    const folds = rows.map((_, i) => (i < 10 ? 0 : 1 + (i % 2)));
    const models = fitFolds(rows, folds, 3, { lambda: 0.01 });
    expect(models[0].coefficients[0]).toBe(0);
    expect(models[1].coefficients[0]).toBeGreaterThan(0);
  });

  it('prefers a weak penalty when the feature carries signal and a strong one when nothing does', () => {
    const lambdas = logGrid(1e-4, 10, 11);
    const strong = synthetic(3);
    const none = synthetic(0);
    const a = chooseLambda(strong.rows, strong.folds, 5, lambdas, {});
    const b = chooseLambda(none.rows, none.folds, 5, lambdas, {});
    expect(a.path.map((p) => p.lambda)).toEqual(lambdas);
    expect(a.lambda).toBeLessThan(b.lambda);
    expect(b.lambda).toBeGreaterThan(lambdas[0]);
  });

  it('measures log-loss on rows the model did not see: no better than in-sample', () => {
    const { rows, folds } = synthetic(2);
    const models = fitFolds(rows, folds, 5, { lambda: 0.001 });
    const inSample = outOfFoldLogLoss(
      rows,
      rows.map(() => 0),
      [fitLogistic(rows, { lambda: 0.001 })],
    );
    expect(outOfFoldLogLoss(rows, folds, models)).toBeGreaterThan(inSample);
  });

  it('builds a geometric grid with exact end points', () => {
    const g = logGrid(1e-4, 1, 5);
    expect(g).toEqual([0.0001, 0.001, 0.01, 0.1, 1]);
  });
});
