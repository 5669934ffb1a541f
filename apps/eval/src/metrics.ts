/** Precision, recall and F1 from counts; 0 where undefined rather than NaN, so reports stay readable. */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  // From the counts, one rounding: 2PR/(P+R) over two rounded ratios printed 0.5999999999999999 for an F1 of exactly
  // 0.6 (9 / 4 / 8), which a "≥ 0.6" target then read as missed.
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1 };
}

export function binaryPrf(pairs: readonly { gold: boolean; predicted: boolean }[]) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const p of pairs) {
    if (p.gold && p.predicted) tp++;
    else if (!p.gold && p.predicted) fp++;
    else if (p.gold && !p.predicted) fn++;
  }
  return prf(tp, fp, fn);
}

/** Per-class F1 and their unweighted mean over the classes present in the gold labels. */
export function macroF1(pairs: readonly { gold: string; predicted: string }[]): {
  macro: number;
  perClass: Record<string, number>;
} {
  const classes = [...new Set(pairs.map((p) => p.gold))].sort();
  const perClass: Record<string, number> = {};
  for (const c of classes) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const p of pairs) {
      if (p.gold === c && p.predicted === c) tp++;
      else if (p.gold !== c && p.predicted === c) fp++;
      else if (p.gold === c && p.predicted !== c) fn++;
    }
    perClass[c] = prf(tp, fp, fn).f1;
  }
  const macro = classes.length === 0 ? 0 : classes.reduce((s, c) => s + perClass[c], 0) / classes.length;
  return { macro, perClass };
}

/** Ranks with ties given their average rank (needed: the gold alarmism labels are mostly ties). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k][1]] = avg;
    i = j + 1;
  }
  return out;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return 0;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson correlation of tie-averaged ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/**
 * Area under the ROC curve as the Mann–Whitney U statistic: the chance that a random positive
 * scores above a random negative, ties counting one half (tie-averaged ranks). Scores with many
 * ties (a line no assertion covers scores 0) would be flattered or punished by any other tie rule.
 */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const r = ranks(scores);
  let nPos = 0,
    rankSum = 0;
  for (let i = 0; i < r.length; i++)
    if (positive[i]) {
      nPos++;
      rankSum += r[i];
    }
  const nNeg = r.length - nPos;
  if (nPos === 0 || nNeg === 0) return 0.5;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
