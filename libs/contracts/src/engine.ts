import type { Provenance } from '@auditor/vocabulary';
import type { IsoDateTime } from './common';

/** A count out of a known number of reviews, with its share and 95% Wilson interval (null when out of 0). */
export interface EngineRate {
  count: number;
  share: number | null;
  ci95: [number, number] | null;
}

/** How reviewers answered the automatic values of some set of assertions. */
export interface DecisionRates {
  /** Reviews counted: each reviewer's newest review of each assertion. */
  reviews: number;
  confirm: EngineRate;
  override: EngineRate;
  dismiss: EngineRate;
}

/** Cohen's kappa between the first two reviewers of each assertion reviewed by two different people. */
export interface KappaFigures {
  pairs: number;
  observed: number | null;
  expected: number | null;
  /** Null without pairs, or when chance agreement is 1 (both only ever used one category). */
  kappa: number | null;
}

export interface EngineAgreement {
  /** On the decision (confirm / override / dismiss). */
  decision: KappaFigures;
  /** On the provenance each reviewer left in effect (the automatic one unless overridden; dismiss counts as its own category). */
  provenance: KappaFigures;
}

/** Which fields overrides changed, among all override reviews. */
export interface OverriddenField {
  field: 'provenance' | 'attribution' | 'sourcingQuality' | 'alarmism' | 'hedged' | 'admiralty';
  count: number;
  /** Share of the override reviews that changed this field. */
  share: number | null;
}

/** GET /api/engine/report: the scoring engine's own report card, from the reviews. */
export interface EngineReport {
  generatedAt: IsoDateTime;
  /** The rubric version the service scores with now. */
  currentRubricVersion: string;
  totals: DecisionRates & { assertions: number; reviewers: number };
  overriddenFields: OverriddenField[];
  /** By the automatic provenance the reviewer saw. */
  byProvenance: Array<DecisionRates & { provenance: Provenance }>;
  /** By each signal the automatic score carried (an assertion counts under every signal it had); most reviewed first. */
  bySignal: Array<DecisionRates & { signal: string }>;
  agreement: EngineAgreement;
  /** By the rubric version of the score the reviewer saw; kappa over pairs where both saw that version. */
  byRubric: Array<{ rubricVersion: string; rates: DecisionRates; agreement: EngineAgreement }>;
}

/**
 * One line of GET /api/engine/export.jsonl: the fields of ../shared/eval's labelled rows, so
 * reviewed assertions can join the fitting data. `doc` is the article id, `i` the assertion's
 * 1-based position in its article.
 */
export interface LabelledAssertion {
  doc: string;
  i: number;
  text: string;
  kind: 'assertion' | 'heading' | 'caption' | 'question' | 'reference';
  attributed: boolean;
  source: string | null;
  sourceType: Exclude<Provenance, 'unattributed'> | null;
  named: boolean;
  hedged: boolean;
  alarmism: 0 | 1 | 2;
  footnote: boolean;
}
