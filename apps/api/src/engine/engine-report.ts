import { cohensKappa, proportion, type KappaResult } from '@auditor/scoring/agreement';
import type { DecisionRates, EngineAgreement, EngineReport, OverriddenField } from '@auditor/contracts';
import { PROVENANCES, type Provenance, type ReviewDecision } from '@auditor/vocabulary';
import { parseStoredOverrides } from '../assertion-view/effective-values';

/**
 * The engine's report card from review rows, framework-free (the service only loads the rows).
 * The unit is each reviewer's newest review of an assertion: a reviewer who changes their mind
 * counts once, with their final answer, and two reviewers of one assertion count twice.
 */

export interface ReviewFact {
  assertionId: string;
  /** The reviewer; a deleted reviewer's reviews each get their own key (they cannot be paired). */
  rater: string;
  decision: ReviewDecision;
  overrides: unknown;
  at: Date;
  /** The rubric version of the score the reviewer saw, and its automatic provenance and signal ids. */
  rubricVersion: string;
  provenance: Provenance;
  signals: string[];
}

const FIELDS: OverriddenField['field'][] = [
  'provenance',
  'attribution',
  'sourcingQuality',
  'alarmism',
  'hedged',
  'admiralty',
];

export function decisionRates(facts: readonly ReviewFact[]): DecisionRates {
  const n = facts.length;
  const count = (d: ReviewDecision) => facts.filter((f) => f.decision === d).length;
  return {
    reviews: n,
    confirm: proportion(count('confirm'), n),
    override: proportion(count('override'), n),
    dismiss: proportion(count('dismiss'), n),
  };
}

/** The provenance a review left in effect: the override's when it set one, else the automatic one. */
const effectiveProvenance = (f: ReviewFact): string =>
  f.decision === 'dismiss'
    ? 'dismissed'
    : f.decision === 'override'
      ? (parseStoredOverrides(f.overrides).provenance ?? f.provenance)
      : f.provenance;

/** The first two reviewers' reviews of each assertion reviewed by two different people, in review order. */
export function reviewPairs(facts: readonly ReviewFact[]): Array<[ReviewFact, ReviewFact]> {
  const byAssertion = new Map<string, ReviewFact[]>();
  for (const f of facts) {
    const list = byAssertion.get(f.assertionId);
    if (list) list.push(f);
    else byAssertion.set(f.assertionId, [f]);
  }
  const pairs: Array<[ReviewFact, ReviewFact]> = [];
  for (const list of byAssertion.values()) {
    if (list.length < 2) continue;
    const [a, b] = [...list].sort((x, y) => x.at.getTime() - y.at.getTime() || x.rater.localeCompare(y.rater));
    pairs.push([a!, b!]);
  }
  return pairs;
}

const kappa = (r: KappaResult) => ({ pairs: r.pairs, observed: r.observed, expected: r.expected, kappa: r.kappa });

export function agreement(pairs: ReadonlyArray<[ReviewFact, ReviewFact]>): EngineAgreement {
  return {
    decision: kappa(cohensKappa(pairs.map(([a, b]) => [a.decision, b.decision] as const))),
    provenance: kappa(cohensKappa(pairs.map(([a, b]) => [effectiveProvenance(a), effectiveProvenance(b)] as const))),
  };
}

function overriddenFields(facts: readonly ReviewFact[]): OverriddenField[] {
  const overrides = facts.filter((f) => f.decision === 'override').map((f) => parseStoredOverrides(f.overrides));
  return FIELDS.map((field) => {
    const count = overrides.filter((o) => o[field] !== undefined).length;
    return { field, count, share: overrides.length ? count / overrides.length : null };
  });
}

/** The Admiralty halves are on every score: their rows would repeat the totals. */
const EVERY_SCORE = new Set(['admiralty-reliability', 'admiralty-credibility']);

/** Groups facts by a key; a fact may fall under several keys (signals). */
function groupBy<K>(facts: readonly ReviewFact[], keys: (f: ReviewFact) => K[]): Map<K, ReviewFact[]> {
  const out = new Map<K, ReviewFact[]>();
  for (const f of facts)
    for (const k of keys(f)) {
      const list = out.get(k);
      if (list) list.push(f);
      else out.set(k, [f]);
    }
  return out;
}

/** Dotted versions compared numerically part by part ("2.10.0" after "2.9.1"). */
const byVersion = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Number.isNaN(d) ? a.localeCompare(b) : d;
  }
  return 0;
};

export function engineReport(facts: readonly ReviewFact[], currentRubricVersion: string, now: Date): EngineReport {
  const pairs = reviewPairs(facts);
  const byProvenance = groupBy(facts, (f) => [f.provenance]);
  const bySignal = groupBy(facts, (f) => [...new Set(f.signals)].filter((id) => !EVERY_SCORE.has(id)));
  const byRubric = groupBy(facts, (f) => [f.rubricVersion]);
  return {
    generatedAt: now.toISOString(),
    currentRubricVersion,
    totals: {
      ...decisionRates(facts),
      assertions: new Set(facts.map((f) => f.assertionId)).size,
      reviewers: new Set(facts.map((f) => f.rater)).size,
    },
    overriddenFields: overriddenFields(facts),
    byProvenance: PROVENANCES.filter((p) => byProvenance.has(p)).map((provenance) => ({
      provenance,
      ...decisionRates(byProvenance.get(provenance)!),
    })),
    bySignal: [...bySignal.entries()]
      .map(([signal, list]) => ({ signal, ...decisionRates(list) }))
      .sort((a, b) => b.reviews - a.reviews || a.signal.localeCompare(b.signal)),
    agreement: agreement(pairs),
    byRubric: [...byRubric.keys()].sort(byVersion).map((rubricVersion) => ({
      rubricVersion,
      rates: decisionRates(byRubric.get(rubricVersion)!),
      agreement: agreement(
        pairs.filter(([a, b]) => a.rubricVersion === rubricVersion && b.rubricVersion === rubricVersion),
      ),
    })),
  };
}
