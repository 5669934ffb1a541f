/**
 * L2-regularised binary logistic regression with per-group intercepts and optional sign
 * constraints, fitted by IRLS with coordinate descent inside (the glmnet scheme). Pure maths: no
 * I/O, no randomness, so the same rows always give the same coefficients.
 *
 * Why not an npm package: none of the maintained ones (ml-logistic-regression, regression-js…)
 * combines sample weights, an unpenalised intercept per group, a penalty on standardised
 * coefficients and sign bounds, and all four matter here (see apps/fit/FITTING.md).
 *
 * Objective, over standardised features z = (x − mean) / sd (weighted, computed on the rows given):
 *   (1/Σw) Σ w_i [log(1 + e^η_i) − y_i η_i] + (λ/2) Σ_j γ_j²,   η_i = α_{g(i)} + Σ_j γ_j z_ij
 * Intercepts α are not penalised. Coefficients are returned on the raw feature scale.
 */

export interface LogisticRow {
  /** Raw feature values, one per feature. */
  x: readonly number[];
  /** 0 or 1. */
  y: number;
  /** Sample weight (> 0). */
  w: number;
  /** Intercept group (e.g. the data source); 0 when there is only one. */
  group: number;
}

export interface LogisticOptions {
  /** L2 strength on standardised coefficients. */
  lambda: number;
  /** Per feature: +1 forces β ≥ 0, −1 forces β ≤ 0, 0 leaves it free. */
  signs?: readonly number[];
  /** Number of intercept groups (defaults to 1 + the largest group seen). */
  groups?: number;
  /**
   * Divide each feature by its standard deviation before penalising (the default), or only centre
   * it, penalising coefficients in the features' own units. The latter suits features already on
   * one scale (counts): scaling by sd leaves a feature seen in one row all but unpenalised.
   */
  scale?: boolean;
  /** Convergence: stop when no standardised parameter moves more than this in an IRLS step. */
  tolerance?: number;
  maxIterations?: number;
}

export interface LogisticModel {
  /** One intercept per group, on the raw feature scale. */
  intercepts: number[];
  /** One coefficient per feature, on the raw feature scale (0 for constant features). */
  coefficients: number[];
  /** IRLS iterations used. */
  iterations: number;
}

const sigmoid = (t: number) => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

/** Weighted mean and (population) standard deviation of each feature. */
export function standardisation(rows: readonly LogisticRow[], features: number): { mean: number[]; sd: number[] } {
  const mean = new Array<number>(features).fill(0);
  const sd = new Array<number>(features).fill(0);
  let total = 0;
  for (const r of rows) {
    total += r.w;
    for (let j = 0; j < features; j++) mean[j] += r.w * r.x[j];
  }
  for (let j = 0; j < features; j++) mean[j] /= total;
  for (const r of rows) for (let j = 0; j < features; j++) sd[j] += r.w * (r.x[j] - mean[j]) ** 2;
  for (let j = 0; j < features; j++) sd[j] = Math.sqrt(sd[j] / total);
  return { mean, sd };
}

/** The penalised objective at standardised parameters; used for step-halving and by tests. */
function objective(
  z: readonly Float64Array[],
  rows: readonly LogisticRow[],
  total: number,
  alpha: readonly number[],
  gamma: readonly number[],
  lambda: number,
): number {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    let eta = alpha[rows[i].group];
    for (let j = 0; j < gamma.length; j++) eta += gamma[j] * z[i][j];
    // log(1 + e^η) computed stably
    const softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    loss += rows[i].w * (softplus - rows[i].y * eta);
  }
  return loss / total + (lambda / 2) * gamma.reduce((s, g) => s + g * g, 0);
}

export function fitLogistic(rows: readonly LogisticRow[], options: LogisticOptions): LogisticModel {
  if (rows.length === 0) throw new Error('fitLogistic: no rows');
  const p = rows[0].x.length;
  const groups = options.groups ?? 1 + Math.max(...rows.map((r) => r.group));
  const signs = options.signs ?? new Array<number>(p).fill(0);
  const tol = options.tolerance ?? 1e-9;
  const maxIter = options.maxIterations ?? 200;
  const lambda = options.lambda;
  const total = rows.reduce((s, r) => s + r.w, 0);
  const { mean, sd: spread } = standardisation(rows, p);
  const sd = options.scale === false ? spread.map((s) => (s > 1e-12 ? 1 : 0)) : spread;
  const active = sd.map((s) => s > 1e-12);
  const z = rows.map((r) => Float64Array.from(r.x, (v, j) => (active[j] ? (v - mean[j]) / sd[j] : 0)));

  // Start from the groups' weighted base rates, every slope at zero.
  const alpha = new Array<number>(groups).fill(0);
  for (let g = 0; g < groups; g++) {
    let wy = 0,
      ws = 0;
    for (const r of rows)
      if (r.group === g) {
        wy += r.w * r.y;
        ws += r.w;
      }
    const rate = ws > 0 ? Math.min(1 - 1e-6, Math.max(1e-6, wy / ws)) : 0.5;
    alpha[g] = Math.log(rate / (1 - rate));
  }
  const gamma = new Array<number>(p).fill(0);
  const clampSign = (j: number, v: number) =>
    !active[j] ? 0 : signs[j] > 0 ? Math.max(0, v) : signs[j] < 0 ? Math.min(0, v) : v;

  // Parameters θ = [α_0 … α_G−1, γ_0 … γ_p−1]; row i's design vector is its group indicator and z_i.
  const d = groups + p;
  let current = objective(z, rows, total, alpha, gamma, lambda);
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    // Quadratic approximation at the current point, accumulated once as H = DᵀWD and b = DᵀWu
    // (u the working response), so coordinate descent below costs O(d²) per sweep, not O(n·d).
    const H = Array.from({ length: d }, () => new Float64Array(d));
    const b = new Float64Array(d);
    for (let i = 0; i < rows.length; i++) {
      const g = rows[i].group;
      const zi = z[i];
      let eta = alpha[g];
      for (let j = 0; j < p; j++) eta += gamma[j] * zi[j];
      const pr = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(eta)));
      const w = (rows[i].w * pr * (1 - pr)) / total;
      const u = eta + (rows[i].y - pr) / (pr * (1 - pr));
      H[g][g] += w;
      b[g] += w * u;
      for (let j = 0; j < p; j++) {
        if (zi[j] === 0) continue;
        const wz = w * zi[j];
        H[g][groups + j] += wz;
        b[groups + j] += wz * u;
        const row = H[groups + j];
        for (let k = j; k < p; k++) row[groups + k] += wz * zi[k];
      }
    }
    for (let a = 0; a < d; a++) for (let c = 0; c < a; c++) H[a][c] = H[c][a];
    const oldAlpha = alpha.slice();
    const oldGamma = gamma.slice();
    const theta = [...alpha, ...gamma];
    for (let sweep = 0; sweep < 10_000; sweep++) {
      let change = 0;
      for (let a = 0; a < d; a++) {
        const penalty = a < groups ? 0 : lambda;
        if (H[a][a] + penalty <= 0 || (a >= groups && !active[a - groups])) continue;
        let rest = b[a];
        for (let c = 0; c < d; c++) if (c !== a) rest -= H[a][c] * theta[c];
        const raw = rest / (H[a][a] + penalty);
        const next = a < groups ? raw : clampSign(a - groups, raw);
        change = Math.max(change, Math.abs(next - theta[a]));
        theta[a] = next;
      }
      if (change < tol * 1e-3) break;
    }
    for (let g = 0; g < groups; g++) alpha[g] = theta[g];
    for (let j = 0; j < p; j++) gamma[j] = theta[groups + j];
    // Step-halving keeps the objective from rising when the quadratic model overshoots.
    let next = objective(z, rows, total, alpha, gamma, lambda);
    for (let halvings = 0; next > current + 1e-15 && halvings < 30; halvings++) {
      for (let g = 0; g < groups; g++) alpha[g] = (alpha[g] + oldAlpha[g]) / 2;
      for (let j = 0; j < p; j++) gamma[j] = (gamma[j] + oldGamma[j]) / 2;
      next = objective(z, rows, total, alpha, gamma, lambda);
    }
    const moved = Math.max(
      ...alpha.map((a, g) => Math.abs(a - oldAlpha[g])),
      ...gamma.map((c, j) => Math.abs(c - oldGamma[j])),
    );
    current = next;
    if (moved < tol) {
      iterations++;
      break;
    }
  }

  const coefficients = gamma.map((g, j) => (active[j] ? g / sd[j] : 0));
  const shift = coefficients.reduce((s, b, j) => s + b * mean[j], 0);
  return { intercepts: alpha.map((a) => a - shift), coefficients, iterations };
}

/** Linear predictor (log-odds) of a raw feature vector under a fitted model. */
export function logit(model: LogisticModel, x: readonly number[], group = 0): number {
  return model.coefficients.reduce((s, b, j) => s + b * x[j], model.intercepts[group]);
}
