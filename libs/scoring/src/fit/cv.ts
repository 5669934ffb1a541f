import { fitLogistic, logit, LogisticModel, LogisticOptions, LogisticRow } from './logistic';

/**
 * K-fold cross-validation where the caller assigns each row its fold (by a hash of its document, so
 * sentences of one article never sit on both sides), and the choice of the L2 strength by the
 * out-of-fold weighted log-loss: the quantity the model minimises, measured on rows it never saw.
 */

/** Model f is fitted on every row whose fold is not f. */
export function fitFolds(
  rows: readonly LogisticRow[],
  folds: readonly number[],
  k: number,
  options: LogisticOptions,
): LogisticModel[] {
  const models: LogisticModel[] = [];
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    models.push(fitLogistic(train, options));
  }
  return models;
}

/** Weighted mean log-loss of each row under the model that did not see it. */
export function outOfFoldLogLoss(
  rows: readonly LogisticRow[],
  folds: readonly number[],
  models: readonly LogisticModel[],
): number {
  let loss = 0,
    total = 0;
  rows.forEach((r, i) => {
    const eta = logit(models[folds[i]], r.x, r.group);
    const softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    loss += r.w * (softplus - r.y * eta);
    total += r.w;
  });
  return loss / total;
}

export interface LambdaChoice {
  lambda: number;
  /** Out-of-fold log-loss per candidate, in the order given. */
  path: { lambda: number; logLoss: number }[];
}

/** The candidate with the lowest out-of-fold log-loss; ties go to the stronger penalty. */
export function chooseLambda(
  rows: readonly LogisticRow[],
  folds: readonly number[],
  k: number,
  lambdas: readonly number[],
  options: Omit<LogisticOptions, 'lambda'>,
): LambdaChoice {
  const path = lambdas.map((lambda) => ({
    lambda,
    logLoss: outOfFoldLogLoss(rows, folds, fitFolds(rows, folds, k, { ...options, lambda })),
  }));
  let best = path[0];
  for (const p of path)
    if (p.logLoss < best.logLoss - 1e-12 || (Math.abs(p.logLoss - best.logLoss) <= 1e-12 && p.lambda > best.lambda))
      best = p;
  return { lambda: best.lambda, path };
}

/** A geometric grid from `lo` to `hi` with `n` points, rounded to 3 significant digits so it prints and stores exactly. */
export function logGrid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Number((lo * (hi / lo) ** (n === 1 ? 0 : i / (n - 1))).toPrecision(3)));
}
