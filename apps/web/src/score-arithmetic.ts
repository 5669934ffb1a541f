/**
 * How a stored 0–100 score is built, step by step, so the article page can show arithmetic a
 * reader can redo: the rubric's base, each signal's points with the running total, then the
 * scorer's clamp (libs/scoring/src/scorer.ts: round, then keep within 0..100). Pure, no DOM.
 */
import type { Signal } from '@auditor/contracts';

export type ExplainedScore = 'sourcingQuality' | 'alarmism';

export interface ArithmeticStep {
  id: string;
  reason: string;
  weight: number;
  /** The running total after this signal. */
  total: number;
  span?: [number, number];
  /** Whether this signal makes the assertion more worrying (see `raisesConcern`). */
  concern: boolean;
}

export interface ScoreArithmetic {
  kind: ExplainedScore;
  base: number;
  steps: ArithmeticStep[];
  /** Base plus every signal, before the clamp. */
  sum: number;
  /** The sum rounded and kept within 0..100: what the scorer stores. */
  result: number;
  /** Why the result differs from the sum, if it does. */
  clamp: 'none' | 'rounded' | 'raised to 0' | 'capped at 100';
}

/**
 * Colour follows meaning, not sign: more alarmism is a concern, and so is less sourcing quality.
 */
export const raisesConcern = (kind: ExplainedScore, weight: number): boolean =>
  kind === 'alarmism' ? weight > 0 : weight < 0;

export function scoreArithmetic(kind: ExplainedScore, base: number, signals: readonly Signal[]): ScoreArithmetic {
  let total = base;
  const steps: ArithmeticStep[] = [];
  for (const s of signals) {
    if (s.score !== kind) continue;
    total += s.weight;
    steps.push({
      id: s.id,
      reason: s.reason,
      weight: s.weight,
      total,
      span: s.span,
      concern: raisesConcern(kind, s.weight),
    });
  }
  const rounded = Math.round(total);
  const result = Math.max(0, Math.min(100, rounded));
  const clamp =
    result > rounded ? 'raised to 0' : result < rounded ? 'capped at 100' : rounded !== total ? 'rounded' : 'none';
  return { kind, base, steps, sum: total, result, clamp };
}
