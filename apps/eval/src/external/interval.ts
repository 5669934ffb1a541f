/**
 * Percentile-bootstrap intervals for the external figures. A held-out figure is one sample of text: a target missed
 * or met by a few sentences says little unless the reader sees how far the figure moves when other text of the same
 * kind is drawn. Resampling units are the units the text was sampled in (articles for PolNeAR and SemEval, whose
 * sentences share a writer and a topic; single sentences for the weasel set, drawn from many Wikipedia pages), after
 * Efron & Tibshirani (1993, An Introduction to the Bootstrap, ch. 13), and one seed per set makes every run print the
 * same interval.
 */
import { seededRandom } from '@auditor/scoring/fit/seeded-random';

export interface Interval {
  lo: number;
  hi: number;
}

export interface BootstrapOptions {
  /** Resamples drawn; 1,000 puts the 2.5% and 97.5% points on 25 resamples each. */
  resamples?: number;
  seed?: number;
  /** Coverage of the interval. */
  level?: number;
}

export const DEFAULT_RESAMPLES = 1000;

/** The q-quantile of sorted values, interpolated between order statistics. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const at = q * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/**
 * The statistic's interval over `units` units drawn with replacement. The statistic reads one resample as the number
 * of times each unit was drawn (a weight per unit), so it can sum counts or sweep a ranking once instead of copying
 * the sample. Each statistic gets its own resamples from the same seed, so statistics bootstrapped with one seed over
 * one set of units see the same draws: an engine figure and its margin over a baseline are paired.
 */
export function bootstrapInterval(
  units: number,
  statistic: (draws: Uint32Array) => number,
  options: BootstrapOptions = {},
): Interval {
  const { resamples = DEFAULT_RESAMPLES, seed = 1, level = 0.95 } = options;
  if (units === 0) throw new Error('bootstrap over no units');
  if (!(level > 0 && level < 1)) throw new Error(`interval level ${level} is not between 0 and 1`);
  const next = seededRandom(seed);
  const values: number[] = [];
  const draws = new Uint32Array(units);
  for (let r = 0; r < resamples; r++) {
    draws.fill(0);
    for (let k = 0; k < units; k++) draws[Math.floor(next() * units)]++;
    values.push(statistic(draws));
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { lo: quantile(values, tail), hi: quantile(values, 1 - tail) };
}

/**
 * AUC (Mann-Whitney, ties counted half) of weighted items, for bootstrap resamples: `order` lists the items by
 * ascending score (see `scoreOrder`), so each resample is one sweep rather than a sort.
 */
export function weightedAuc(
  order: readonly number[],
  scores: readonly number[],
  positive: readonly boolean[],
  weight: (item: number) => number,
): number {
  let negativesBelow = 0,
    positives = 0,
    negatives = 0,
    wins = 0;
  for (let i = 0; i < order.length;) {
    let pos = 0,
      neg = 0,
      j = i;
    for (; j < order.length && scores[order[j]] === scores[order[i]]; j++) {
      const w = weight(order[j]);
      if (positive[order[j]]) pos += w;
      else neg += w;
    }
    wins += pos * (negativesBelow + neg / 2);
    negativesBelow += neg;
    positives += pos;
    negatives += neg;
    i = j;
  }
  return positives === 0 || negatives === 0 ? 0.5 : wins / (positives * negatives);
}

/** Item indices by ascending score. */
export function scoreOrder(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
}

/** Each item's group as 0 … count − 1 in first-seen order: the units a clustered sample is resampled by. */
export function groupIndices(keys: readonly string[]): { group: number[]; count: number } {
  const ids = new Map<string, number>();
  const group = keys.map((k) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  });
  return { group, count: ids.size };
}

/** The AUC of items resampled by group (`group` from groupIndices): a statistic for bootstrapInterval. */
export function groupedAuc(
  scores: readonly number[],
  positive: readonly boolean[],
  group: readonly number[],
): (draws: Uint32Array) => number {
  const order = scoreOrder(scores);
  return (draws) => weightedAuc(order, scores, positive, (i) => draws[group[i]]);
}

const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(3)}`;

/** "95% CI 0.571–0.628"; a margin's bounds carry their sign ("+0.041–+0.093"). */
export function formatInterval(i: Interval, margin = false): string {
  return margin ? `95% CI ${signed(i.lo)}–${signed(i.hi)}` : `95% CI ${i.lo.toFixed(3)}–${i.hi.toFixed(3)}`;
}
