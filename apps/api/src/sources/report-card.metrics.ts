import { PROVENANCES } from '@auditor/vocabulary';
import type { GradeFigures, IndexStatistics } from '@auditor/contracts';
import { BUCKETS, DIGITS, LETTERS } from '../summaries/stats-columns';
import { Z95 } from './report-card.thresholds';

/** Counters of one (source or corpus, variant), as numbers. */
export type Counts = Record<string, number>;

export const round = (v: number | null, digits = 2) =>
  v === null || !Number.isFinite(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/** Mean, sample standard deviation and interval from n, Σx and Σx² — what the summaries store. */
export function indexFigures(c: Counts, prefix: 'sq' | 'al'): IndexStatistics {
  const n = c.n ?? 0;
  const sum = c[`${prefix}_sum`] ?? 0;
  const sumSq = c[`${prefix}_sq`] ?? 0;
  const mean = n ? sum / n : null;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (sumSq - (sum * sum) / n) / (n - 1))) : null;
  const half = mean !== null && sd !== null ? (Z95 * sd) / Math.sqrt(n) : null;
  return {
    n,
    mean: round(mean),
    sd: round(sd),
    ci95:
      mean !== null && half !== null ? [round(Math.max(0, mean - half))!, round(Math.min(100, mean + half))!] : null,
    distribution: BUCKETS.map((range, i) => ({ range, count: c[`${prefix}_b${i}`] ?? 0 })),
  };
}

/**
 * The rest of the corpus: the corpus's counters minus the source's. Exact for every per-assertion
 * counter (n, sums, sums of squares, shares), because a source's assertions are a subset of the
 * corpus's (an outlet's are its articles', a cited source's those attributed to it, each assertion
 * to at most one) and both are read from the same variant and window. Article counts are not
 * per assertion and are not compared. A syndicated copy is the exception: an outlet's copy is
 * dated by its own publication and its claims count as amplified, so the rest's claim shares can
 * be off by those copies (never negative: each counter is floored at zero).
 */
export function withoutSource(corpus: Counts, own: Counts): Counts {
  return Object.fromEntries(Object.entries(corpus).map(([k, v]) => [k, Math.max(0, v - (own[k] ?? 0))]));
}

export const provenanceMix = (c: Counts) =>
  Object.fromEntries(PROVENANCES.map((p) => [p, c[`p_${p}`] ?? 0])) as Record<(typeof PROVENANCES)[number], number>;

export const share = (count: number, n: number) => ({ count, share: n ? round(count / n, 4) : null });

function modeAndMean(keys: readonly string[], counts: number[]): { mode: string | null; mean: number | null } {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!total) return { mode: null, mean: null };
  // Ties go to the worse grade: a report card should not flatter.
  let best = 0;
  counts.forEach((v, i) => (v >= counts[best]! ? (best = i) : undefined));
  return { mode: keys[best]!, mean: round(counts.reduce((a, v, i) => a + v * (i + 1), 0) / total) };
}

/**
 * The source's Admiralty-style reliability: the mean of its assertions' reliability letters
 * (A=1 … F=6), rounded, with the mode and the credibility digits as evidence. The digits already
 * include what the corpus says (independently corroborated → 1, contradicted → 5); the evidence
 * counts show how many claims that was.
 */
export function gradeFigures(c: Counts): GradeFigures {
  const letters = LETTERS.map((l) => c[`rel_${l.toLowerCase()}`] ?? 0);
  const digits = DIGITS.map((d) => c[`cred_${d}`] ?? 0);
  const rel = modeAndMean(LETTERS, letters);
  const cred = modeAndMean(DIGITS, digits);
  const grade = rel.mean === null ? null : LETTERS[Math.min(5, Math.max(0, Math.round(rel.mean) - 1))]!;
  return {
    grade,
    basis: grade
      ? `mean reliability letter ${rel.mean} (A=1 … F=6) over ${letters.reduce((a, b) => a + b, 0)} assertions; most frequent ${rel.mode}; most frequent credibility ${cred.mode}; ${c.corroborated ?? 0} of ${c.claims ?? 0} claims independently corroborated, ${c.contradicted ?? 0} contradicted`
      : 'no assertions: reliability cannot be judged',
    reliability: { counts: Object.fromEntries(LETTERS.map((l, i) => [l, letters[i]!])), ...rel },
    credibility: { counts: Object.fromEntries(DIGITS.map((d, i) => [d, digits[i]!])), ...cred },
    evidence: { claims: c.claims ?? 0, corroborated: c.corroborated ?? 0, contradicted: c.contradicted ?? 0 },
  };
}
