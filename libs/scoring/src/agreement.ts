/**
 * Agreement statistics for the engine's own report card: how often reviewers accept the automatic
 * values (a proportion with its Wilson interval) and how often two reviewers agree with each
 * other beyond chance (Cohen's kappa). Pure maths, no I/O.
 */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959964;

/**
 * Wilson score interval of k successes in n trials. Chosen over the normal (Wald) interval because
 * review counts per signal are small and shares are often 0 or 1, where Wald collapses to a width
 * of zero or leaves [0, 1]. Null when there is no trial at all.
 */
export function wilsonInterval(k: number, n: number, z = Z95): [number, number] | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  if (k < 0 || k > n) throw new RangeError(`wilsonInterval: k=${k} outside 0..n=${n}`);
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At k = 0 or k = n the outer bound is exactly 0 or 1; floating point would miss it by an ulp.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}

export interface Proportion {
  count: number;
  /** count / n; null when n is 0. */
  share: number | null;
  ci95: [number, number] | null;
}

export const proportion = (count: number, n: number): Proportion => ({
  count,
  share: n > 0 ? count / n : null,
  ci95: wilsonInterval(count, n),
});

export interface KappaResult {
  /** Items rated by both raters. */
  pairs: number;
  /** Share of pairs where the two ratings are equal. */
  observed: number | null;
  /** Agreement expected by chance from each rater's own category shares. */
  expected: number | null;
  /**
   * (observed − expected) / (1 − expected); null without pairs, and null when chance agreement is
   * already 1 (both raters always used the same single category: kappa is undefined there, not 1).
   */
  kappa: number | null;
}

/**
 * Cohen's kappa for two raters over nominal categories; `pairs` holds one [rater A, rater B]
 * rating per item. Chance agreement comes from each position's own category shares, so callers
 * must put ratings in a consistent order (the first and second review of each item).
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): KappaResult {
  const n = pairs.length;
  if (n === 0) return { pairs: 0, observed: null, expected: null, kappa: null };
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [category, countA] of a) expected += (countA / n) * ((b.get(category) ?? 0) / n);
  const kappa = 1 - expected < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { pairs: n, observed, expected, kappa };
}
