import type { SignalId } from '@auditor/vocabulary';

/**
 * How much a human look at an assertion is worth: a 0–100 score computed in SQL (queue.sql.ts)
 * from these weights, highest first. Four parts, each capped, so no single one dominates:
 *
 *   confidence (≤ 40)  credibility digit 6 "cannot be judged" +15, digit 4 "doubtful" +8,
 *                      hedged +5, an unsourced claim in the author's own voice in an outlet that is
 *                      not independent +10, a vague or anonymous attribution +10
 *   alarmism   (≤ 30)  30 × alarmism / 100, rounded
 *   conflict   (≤ 20)  +20 when another report of the claim gives a conflicting figure
 *                      (ClaimMembership.contradicted) or another estimate in the same text
 *                      contradicts it (signal contradicting-estimate)
 *   coverage   (≤ 10)  10 × (1 − share of the outlet's assertions that have a review), rounded:
 *                      sources few people have looked at come first
 *
 * Ties: higher alarmism, newer article, text order. Only constants from here are spliced into SQL.
 */
export const PRIORITY = {
  credibility6: 15,
  credibility4: 8,
  hedged: 5,
  ownVoice: 10,
  vague: 10,
  confidenceCap: 40,
  /** Points at alarmism 100 (proportional below). */
  alarmism: 30,
  conflict: 20,
  coverage: 10,
} as const;

/** Signal ids (Score.signals[].id) the queue reads; typed, so a renamed signal breaks the build rather than the queue. */
export const SIGNALS = {
  ownVoice: 'own-voice-claim',
  /** A party outlet's own account (a release on its own operation): also an unsourced own-voice claim. */
  partyOwnAccount: 'party-own-account',
  anonymous: 'anonymous-source',
  unspecific: 'unspecific-source',
  contradictingEstimate: 'contradicting-estimate',
} as const satisfies Record<string, SignalId>;

/** What the queue SQL returns about one assertion, before it is turned into reasons. */
export interface PriorityFacts {
  admiralty: string;
  hedged: boolean;
  ownVoice: boolean;
  vague: boolean;
  alarmism: number;
  contradictedElsewhere: boolean;
  contradictedInText: boolean;
  /** Share (0–1) of the outlet's assertions that have a review; null without any assertions. */
  outletReviewedShare: number | null;
}

/** The TypeScript twin of the SQL score (used by tests to check the SQL, and for documentation). */
export function priorityScore(f: PriorityFacts): number {
  const digit = f.admiralty.slice(-1);
  const confidence = Math.min(
    PRIORITY.confidenceCap,
    (digit === '6' ? PRIORITY.credibility6 : 0) +
      (digit === '4' ? PRIORITY.credibility4 : 0) +
      (f.hedged ? PRIORITY.hedged : 0) +
      (f.ownVoice ? PRIORITY.ownVoice : 0) +
      (f.vague ? PRIORITY.vague : 0),
  );
  const alarm = Math.round((PRIORITY.alarmism * f.alarmism) / 100);
  const conflict = f.contradictedElsewhere || f.contradictedInText ? PRIORITY.conflict : 0;
  const coverage = Math.round(PRIORITY.coverage * (1 - (f.outletReviewedShare ?? 0)));
  return confidence + alarm + conflict + coverage;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Why an assertion ranks where it does, most important first, in words a reviewer reads. */
export function priorityReasons(f: PriorityFacts): string[] {
  const out: string[] = [];
  if (f.contradictedElsewhere) out.push('conflicting figures: another report of this claim gives a different figure');
  if (f.contradictedInText) out.push('conflicting figures: another estimate in the same article contradicts it');
  if (f.alarmism >= 40) out.push(`high alarmism (${f.alarmism})`);
  const digit = f.admiralty.slice(-1);
  if (digit === '6') out.push(`credibility cannot be judged (Admiralty ${f.admiralty})`);
  if (digit === '4') out.push(`doubtful credibility (Admiralty ${f.admiralty})`);
  if (f.vague) out.push('vague or anonymous attribution');
  if (f.ownVoice) out.push("unsourced claim in the outlet's own voice");
  if (f.hedged) out.push('hedged');
  if (f.outletReviewedShare !== null && f.outletReviewedShare < 0.1)
    out.push(`outlet has few reviews (${pct(f.outletReviewedShare)} of its assertions reviewed)`);
  return out;
}
