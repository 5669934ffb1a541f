import { fitLogistic, logit, LogisticRow, standardisation } from './logistic';

const logOdds = (p: number) => Math.log(p / (1 - p));
const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

/** `n` rows with feature vector x, of which `positives` have y = 1. */
function block(x: number[], n: number, positives: number, group = 0, w = 1): LogisticRow[] {
  return Array.from({ length: n }, (_, i) => ({ x, y: i < positives ? 1 : 0, w, group }));
}

/** Gradient of the standardised objective at a fitted model (zero at an unconstrained optimum). */
function gradient(rows: LogisticRow[], intercepts: number[], coefficients: number[], lambda: number): number[] {
  const p = coefficients.length;
  const { mean, sd } = standardisation(rows, p);
  const total = rows.reduce((s, r) => s + r.w, 0);
  const g = new Array<number>(p).fill(0);
  for (const r of rows) {
    const resid = sigmoid(logit({ intercepts, coefficients, iterations: 0 }, r.x, r.group)) - r.y;
    for (let j = 0; j < p; j++) g[j] += (r.w * resid * (r.x[j] - mean[j])) / sd[j] / total;
  }
  return g.map((v, j) => v + lambda * coefficients[j] * sd[j]);
}

describe('fitLogistic', () => {
  // One binary feature: the unpenalised maximum-likelihood answer is the two cells' log-odds.
  const twoCells = [...block([0], 10, 3), ...block([1], 10, 8)];

  it('recovers the closed-form answer for one binary feature with a negligible penalty', () => {
    for (const scale of [true, false]) {
      const m = fitLogistic(twoCells, { lambda: 1e-12, scale });
      expect(m.intercepts[0]).toBeCloseTo(logOdds(0.3), 6);
      expect(m.coefficients[0]).toBeCloseTo(logOdds(0.8) - logOdds(0.3), 6);
    }
  });

  it('shrinks slopes to zero and the intercept to the base rate under a huge penalty', () => {
    const m = fitLogistic(twoCells, { lambda: 1e9 });
    expect(Math.abs(m.coefficients[0])).toBeLessThan(1e-6);
    expect(m.intercepts[0]).toBeCloseTo(logOdds(11 / 20), 5);
  });

  it('negates every parameter when the labels are flipped', () => {
    const flipped = twoCells.map((r) => ({ ...r, y: 1 - r.y }));
    const a = fitLogistic(twoCells, { lambda: 0.05 });
    const b = fitLogistic(flipped, { lambda: 0.05 });
    expect(b.coefficients[0]).toBeCloseTo(-a.coefficients[0], 8);
    expect(b.intercepts[0]).toBeCloseTo(-a.intercepts[0], 8);
  });

  it('stays finite on separable data and sits where the penalised gradient vanishes', () => {
    const separable = [...block([0, 2], 6, 0), ...block([1, 0], 6, 6), ...block([0, 1], 4, 0)];
    const lambda = 0.1;
    const m = fitLogistic(separable, { lambda });
    expect(Number.isFinite(m.coefficients[0])).toBe(true);
    expect(m.coefficients[0]).toBeGreaterThan(0);
    for (const g of gradient(separable, m.intercepts, m.coefficients, lambda)) expect(Math.abs(g)).toBeLessThan(1e-7);
  });

  it('splits the weight of two identical features equally', () => {
    const rows = twoCells.map((r) => ({ ...r, x: [r.x[0], r.x[0]] }));
    const m = fitLogistic(rows, { lambda: 0.01 });
    expect(m.coefficients[0]).toBeCloseTo(m.coefficients[1], 8);
    expect(m.coefficients[0]).toBeGreaterThan(0);
  });

  it('treats a sample weight of 2 like a duplicated row', () => {
    const weighted = [...block([0], 10, 3), ...block([1], 5, 4, 0, 2)];
    const duplicated = [...block([0], 10, 3), ...block([1], 5, 4), ...block([1], 5, 4)];
    const a = fitLogistic(weighted, { lambda: 0.02 });
    const b = fitLogistic(duplicated, { lambda: 0.02 });
    expect(a.coefficients[0]).toBeCloseTo(b.coefficients[0], 8);
    expect(a.intercepts[0]).toBeCloseTo(b.intercepts[0], 8);
  });

  it('gives each group its own unpenalised intercept', () => {
    const rows = [...block([0], 20, 2, 0), ...block([0], 20, 10, 1), ...block([1], 20, 5, 0), ...block([1], 20, 15, 1)];
    const m = fitLogistic(rows, { lambda: 1e9 });
    expect(m.intercepts[0]).toBeCloseTo(logOdds(7 / 40), 5);
    expect(m.intercepts[1]).toBeCloseTo(logOdds(25 / 40), 5);
  });

  it('holds a sign-constrained coefficient at zero when the data pull it the other way', () => {
    // feature 0 lowers the odds, but is constrained to raise them; feature 1 is free
    const rows = [...block([0, 0], 10, 5), ...block([1, 0], 10, 2), ...block([0, 1], 10, 8)];
    const free = fitLogistic(rows, { lambda: 0.01 });
    expect(free.coefficients[0]).toBeLessThan(0);
    const bound = fitLogistic(rows, { lambda: 0.01, signs: [1, 0] });
    expect(bound.coefficients[0]).toBe(0);
    expect(bound.coefficients[1]).toBeGreaterThan(0);
    // KKT: at zero, the gradient points into the forbidden side (a positive step would cost)
    const g = gradient(rows, bound.intercepts, bound.coefficients, 0.01);
    expect(g[0]).toBeGreaterThan(0);
    expect(Math.abs(g[1])).toBeLessThan(1e-7);
  });

  it('returns 0 for a constant feature instead of dividing by a zero spread', () => {
    const rows = twoCells.map((r) => ({ ...r, x: [r.x[0], 3] }));
    const m = fitLogistic(rows, { lambda: 1e-12 });
    expect(m.coefficients[1]).toBe(0);
    expect(m.coefficients[0]).toBeCloseTo(logOdds(0.8) - logOdds(0.3), 6);
  });
});
