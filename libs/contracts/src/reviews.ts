import type { Provenance, ReviewDecision, SourceType } from '@auditor/vocabulary';
import type { AttributionView, EffectiveValues, Signal, StoredOverrides } from './articles';
import type { IsoDateTime } from './common';
import type { AssignmentView, ParagraphContext } from './workflow';

/** The fields a review may override, as stored and reported. */
export type OverrideField = keyof StoredOverrides;

/** POST /api/assertions/:id/reviews: the attribution by id of a known source, or by name (found or created). */
export interface OverridesInput {
  provenance?: Provenance;
  sourcingQuality?: number;
  alarmism?: number;
  hedged?: boolean;
  admiralty?: string;
  attribution?: null | { citedSourceId: string } | { name: string; type: SourceType };
}

export interface ReviewRequest {
  decision: ReviewDecision;
  overrides?: OverridesInput;
  reason?: string;
}

/** POST /api/reviews/bulk. */
export interface BulkReviewRequest {
  assertionIds: string[];
  decision: 'confirm' | 'dismiss';
  reason?: string;
}

/** A review on the wire. */
export interface ReviewRecord {
  id: string;
  assertionId: string;
  decision: ReviewDecision;
  overrides: StoredOverrides | null;
  reason: string | null;
  reviewer: { id: string; email: string } | null;
  createdAt: IsoDateTime;
}

/** A stored review with the assertion's effective values after it. */
export interface ReviewResult extends ReviewRecord {
  effective: EffectiveValues;
}

export interface BulkReviewResult {
  reviewed: number;
  created: number;
  reviews: ReviewResult[];
}

/** Where the current automatic values differ from the newest review. */
export interface Disagreement {
  field: OverrideField;
  /** The automatic value under the article's current rubric. */
  automatic: unknown;
  /** The value the reviewer set (override) or confirmed (confirm). */
  reviewed: unknown;
  decision: ReviewDecision;
  reviewId: string;
  /** Rubric version the decision was made under (null when the review has no audit entry). */
  decidedUnder: string | null;
  currentRubricVersion: string | null;
  /** True when the article has been rescored under another rubric since the decision. */
  rescoredSince: boolean;
}

/** GET /api/assertions/:id. */
export interface AssertionDetail {
  id: string;
  articleId: string;
  position: number;
  start: number;
  end: number;
  text: string;
  article: { id: string; title: string | null; outlet: { id: string; name: string; type: string | null } | null };
  rubricVersion: string | null;
  automatic: {
    provenance: Provenance;
    scores: { sourcingQuality: number; alarmism: number };
    hedged: boolean;
    admiralty: string;
    signals: Signal[];
    attribution: AttributionView | null;
  } | null;
  effective: EffectiveValues | null;
  claim: { groupId: string; role: string | null; contradicted: boolean } | null;
  review: ReviewRecord | null;
  /** Newest first, each with the rubric version it was decided under (from its audit entry). */
  history: Array<ReviewRecord & { rubricVersion: string | null }>;
  disagreements: Disagreement[];
}

/** GET /api/reviews/queue: an assertion worth a human look. */
export interface QueueItem {
  assertionId: string;
  articleId: string;
  articleTitle: string | null;
  outlet: { id: string; name: string | null } | null;
  text: string;
  provenance: Provenance;
  attribution: { source: string | null; canonicalName: string | null; citedSourceId: string } | null;
  scores: { sourcingQuality: number; alarmism: number };
  hedged: boolean;
  admiralty: string;
  signals: Signal[];
  contradicted: boolean;
  priority: { score: number; reasons: string[] };
  review: ReviewRecord | null;
  /** The assertion's paragraph around it (null when the article text no longer holds it). */
  context: ParagraphContext | null;
  assignment: AssignmentView | null;
  /** Reviewers' comments on the assertion (read them at GET /api/assertions/:id/comments). */
  comments: number;
}
