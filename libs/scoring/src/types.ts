/**
 * Shapes shared by every stage of the scoring pipeline.
 * Offsets are always UTF-16 indices into the exact text the caller passed in,
 * so `text.slice(start, end)` reproduces any span we report.
 */

export { OUTLET_TYPES, PROVENANCES, SIGNAL_IDS, SOURCE_TYPES } from '@auditor/vocabulary';
export type { OutletType, Provenance, SignalId, SourceType } from '@auditor/vocabulary';
import type { OutletType, Provenance, SignalId, SourceType } from '@auditor/vocabulary';

export type Span = [number, number];

// ---------------------------------------------------------------- segmentation

export type SegmentKind = 'assertion' | 'heading' | 'caption' | 'question' | 'reference';

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Index of the paragraph/block the segment came from (0-based, document order). */
  block: number;
  /** True when the block is a quotation introduced by the previous block ("… states that:"). */
  blockQuote: boolean;
  /** Footnote/reference labels carried by the segment ("3" for "[3]", "12" for "(12)" or "Taliban,12"). */
  references: string[];
}

export interface ReferenceEntry {
  label: string;
  start: number;
  end: number;
  text: string;
  urls: string[];
}

export interface SegmentedDocument {
  text: string;
  /** Every non-boilerplate segment in document order (assertions and the kinds we do not score). */
  segments: Segment[];
  /** Bibliographic reference/footnote entries, by label. */
  referenceEntries: ReferenceEntry[];
}

// ---------------------------------------------------------------- attribution

export interface Attribution {
  /** Surface text of the source ("the head of Kyrgyzstan's state security service"); for a pronoun, the referent's name. */
  source: string;
  /** Normalised name used to merge aliases across articles ("ISAF" for "International Security Assistance Force"). */
  canonical: string;
  /** Absolute offsets of the source mention (may lie in an earlier sentence for pronouns and block quotes). */
  span: Span;
  sourceType: SourceType;
  /** A specific person, office or organisation, as opposed to "officials", "reports", "sources". */
  named: boolean;
  /** The reporting cue: "said", "according to", "it is believed", "quoted" … */
  cue: string;
  /** Absolute offsets of the cue, when it lies in the text. */
  cueSpan: Span | null;
  /** How the attribution was found: in the sentence itself, carried from a previous sentence (quote/pronoun), or vague. */
  via: 'explicit' | 'carried' | 'vague';
}

export interface AttributionContext {
  /** Publication date of the article, used for date-aware typing (the Taliban after 15 Aug 2021). */
  publishedAt?: Date;
  /** The article's author: quoting oneself (a standfirst) is the author's own voice, not attribution. */
  author?: string;
  /** The publishing outlet's kind: in a party's own release an unaffiliated "a spokesman" speaks for that party. */
  outletType?: OutletType;
}

// ---------------------------------------------------------------- scoring

/** `I` narrows the id to what one rule may emit (see rules/rule.ts `defineRule`). */
export interface Signal<I extends SignalId = SignalId> {
  id: I;
  /** Points this signal added to (positive) or removed from (negative) its score. */
  weight: number;
  /** The score the signal contributes to. */
  score: 'sourcingQuality' | 'alarmism' | 'hedged' | 'admiralty';
  span: Span;
  reason: string;
}

export interface ScoredAssertion {
  index: number;
  text: string;
  start: number;
  end: number;
  provenance: Provenance;
  attribution: Attribution | null;
  hedged: boolean;
  references: string[];
  scores: { sourcingQuality: number; alarmism: number };
  /** Source reliability letter A–F followed by information credibility digit 1–6. */
  admiralty: string;
  signals: Signal[];
}

export interface DocumentOptions {
  outletType?: OutletType;
  publishedAt?: Date;
  author?: string;
}

export interface ScoreDistribution {
  mean: number;
  median: number;
  /** Counts per 20-point bucket: [0,20), [20,40), [40,60), [60,80), [80,100]. */
  buckets: number[];
}

export interface AssertionRef {
  index: number;
  text: string;
  score: number;
}

export interface DocumentSummary {
  assertions: number;
  /** Segments found but not scored (headings, captions, questions, reference entries). */
  skipped: Record<Exclude<SegmentKind, 'assertion'>, number>;
  byProvenance: Record<Provenance, number>;
  attributedShare: number;
  anonymousShare: number;
  hedgedShare: number;
  sourcingQuality: ScoreDistribution;
  alarmism: ScoreDistribution;
  mostAlarmist: AssertionRef[];
  worstSourced: AssertionRef[];
}

export interface ScoredDocument {
  rubricVersion: string;
  assertions: ScoredAssertion[];
  summary: DocumentSummary;
}
