import type { LabelledAssertion } from '@auditor/contracts';
import { SCORE_BANDS } from '@auditor/scoring';
import type { Provenance, ReviewDecision } from '@auditor/vocabulary';
import { parseStoredOverrides } from '../assertion-view/effective-values';

/**
 * A reviewed assertion as one labelled row in the format of ../shared/eval (LABELLING.md), so
 * reviews can be added to the rubric's fitting data. Framework-free: the service loads the rows,
 * this decides the labels.
 */

/**
 * The labels grade alarmism 0, 1 or 2; the service scores it 0–100 on the scale of the fitted
 * model of "alarmist" (label ≥ 1). So a score labels 1 from where that model gives even odds (the
 * first high-concern band, "alarmist") and 2 from where it gives 75% (the next, "very alarmist"):
 * the same edges the score bands show. A reviewer who wants a label overrides the score into it.
 */
const HIGH_CONCERN = SCORE_BANDS.alarmism.filter((b) => b.concern === 'high');
export const ALARMISM_LABEL_FROM = { 1: HIGH_CONCERN[0].min, 2: HIGH_CONCERN[1].min } as const;

export const alarmismLabel = (score: number): 0 | 1 | 2 =>
  score >= ALARMISM_LABEL_FROM[2] ? 2 : score >= ALARMISM_LABEL_FROM[1] ? 1 : 0;

/** Signals whose span is the attribution's source span (source-naming rule). */
const SOURCE_SPAN_SIGNALS = new Set(['named-source', 'anonymous-source', 'unspecific-source']);

export interface ReviewedAssertion {
  articleId: string;
  position: number;
  start: number;
  text: string;
  automatic: {
    provenance: Provenance;
    alarmism: number;
    hedged: boolean;
    signals: unknown;
    attribution: { sourceText: string; named: boolean; citedSourceId: string } | null;
  };
  review: { decision: ReviewDecision; overrides: unknown };
  /** The cited source an override points at, when it points at one. */
  overrideSource: { canonicalName: string; named: boolean } | null;
}

interface StoredSignal {
  id: string;
  span: [number, number];
}

const storedSignals = (json: unknown): StoredSignal[] =>
  Array.isArray(json)
    ? json.filter(
        (s): s is StoredSignal =>
          typeof s === 'object' &&
          s !== null &&
          typeof (s as StoredSignal).id === 'string' &&
          Array.isArray((s as StoredSignal).span) &&
          (s as StoredSignal).span.length === 2,
      )
    : [];

/** The attribution's words as they appear in the sentence (spans are offsets into the article). */
function sourceSpan(r: ReviewedAssertion): string | null {
  if (r.automatic.attribution) return r.automatic.attribution.sourceText;
  // Vague attributions ("reports say") link to no cited source; their words survive only as the signal's span.
  const s = storedSignals(r.automatic.signals).find((x) => SOURCE_SPAN_SIGNALS.has(x.id));
  if (!s) return null;
  const from = s.span[0] - r.start;
  const to = s.span[1] - r.start;
  return from >= 0 && to <= r.text.length && from < to ? r.text.slice(from, to) : null;
}

/** Null for a dismissed assertion: "not an assertion" does not say which kind of non-assertion it is. */
export function labelledRow(r: ReviewedAssertion): LabelledAssertion | null {
  if (r.review.decision === 'dismiss') return null;
  const o = r.review.decision === 'override' ? parseStoredOverrides(r.review.overrides) : {};
  const provenance = o.provenance ?? r.automatic.provenance;
  const hedged = o.hedged ?? r.automatic.hedged;
  const alarmism = o.alarmism ?? r.automatic.alarmism;
  const footnote = storedSignals(r.automatic.signals).some((s) => s.id === 'reference-marker');
  const common = {
    doc: r.articleId,
    i: r.position + 1,
    text: r.text,
    kind: 'assertion' as const,
    hedged,
    alarmism: alarmismLabel(alarmism),
    footnote,
  };
  if (provenance === 'unattributed')
    return { ...common, attributed: false, source: null, sourceType: null, named: false };
  // Detached from its cited source but still attributed (a reviewer's "vague attribution"): nobody named.
  if (o.attribution === null)
    return { ...common, attributed: true, source: null, sourceType: provenance, named: false };

  const movedTo =
    o.attribution && o.attribution.citedSourceId !== r.automatic.attribution?.citedSourceId ? r.overrideSource : null;
  const source = movedTo ? movedTo.canonicalName : sourceSpan(r);
  const named = movedTo ? movedTo.named : (r.automatic.attribution?.named ?? false);
  return { ...common, attributed: true, source, sourceType: provenance, named };
}
