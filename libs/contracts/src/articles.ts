import type { ArticleStatus, Provenance, PublishedAtSource, ReviewDecision, SourceType } from '@auditor/vocabulary';
import type { IsoDateTime } from './common';
import type { KnownText } from './claims';

export interface ArticleListItem {
  id: string;
  title: string | null;
  url: string | null;
  author: string | null;
  /** Null when unknown: the upload date is never used in its place. */
  publishedAt: IsoDateTime | null;
  /** given (uploader or analyst), metadata / text (estimated from the page or the text), none. */
  publishedAtSource: PublishedAtSource;
  status: ArticleStatus;
  rubricVersion: string | null;
  createdAt: IsoDateTime;
  scoredAt: IsoDateTime | null;
  /** The outlet's type column shares the cited sources' enum; uploads set only outlet types. */
  outlet: { id: string; name: string; type: SourceType | null } | null;
  assertionCount: number;
  /** Mean scores of the article's assertions (current rubric, reviews applied); null until scored. */
  avgSourcingQuality: number | null;
  avgAlarmism: number | null;
}

/** GET /api/articles with `q`: how the search matched this article. */
export interface ArticleSearchHit {
  /** Assertions of the article matching the query. */
  matchingAssertions: number;
  /** The first matching assertion's text (plain text; the UI escapes it). */
  snippet: string | null;
}

/** GET /api/articles: an article in the list, with its search match when searched. */
export interface ArticleListRow extends ArticleListItem {
  match?: ArticleSearchHit;
}

/** PATCH /api/articles/:id: the fields an analyst may correct (null clears the date). */
export interface ArticleMetaUpdate {
  title?: string;
  publishedAt?: string | null;
}

/** GET /api/articles/:id. */
export interface Article extends ArticleListItem {
  text: string;
  format: string;
  error: string | null;
  /** The scorer's document summary as stored (counts by provenance, distributions, worst examples). */
  summary: unknown;
  contentHash: string;
  createdById: string | null;
  updatedAt: IsoDateTime;
  original: { mediaType: string; filename: string | null } | null;
}

/** POST /api/articles (202, or 200 for a duplicate). */
export interface UploadAccepted {
  id: string;
  status: ArticleStatus;
  statusUrl: string;
  duplicate: boolean;
  /** Set when the text was already stored (duplicate true): where, and whether this upload was recorded as a syndicated copy. */
  knownText?: KnownText;
}

/** POST /api/articles?wait=true: once scored, the assertions come along. */
export interface UploadResponse extends UploadAccepted {
  assertions?: AssertionView[];
}

/** POST /api/articles/:id/rescore and POST /api/rescore (jobId null when a job is already waiting). */
export interface RescoreAccepted {
  jobId: string | null;
  statusUrl?: string;
}

export type ScoreName = 'sourcingQuality' | 'alarmism' | 'hedged' | 'admiralty';

/** One reason a score moved, as the scorer stored it. */
export interface Signal {
  id: string;
  /** Points added to (positive) or removed from (negative) its score. */
  weight: number;
  score: ScoreName;
  span?: [number, number];
  reason: string;
}

/**
 * Review.overrides as stored: only the fields a reviewer changed; `attribution: null` detaches the
 * assertion from its cited source (the report-card SQL reads these keys).
 */
export interface StoredOverrides {
  provenance?: Provenance;
  sourcingQuality?: number;
  alarmism?: number;
  hedged?: boolean;
  admiralty?: string;
  attribution?: null | { citedSourceId: string };
}

/** The newest review of an assertion, as article views carry it. */
export interface LatestReview {
  decision: ReviewDecision;
  overrides: StoredOverrides | null;
  reason: string | null;
  reviewerId: string | null;
  createdAt: IsoDateTime;
}

/** Who the scorer says made a claim, and where the text says so. */
export interface AttributionView {
  source: string;
  canonicalName: string;
  citedSourceId: string;
  sourceType: SourceType;
  named: boolean;
  cue: string;
  via: string;
  span: [number, number];
}

export interface AttributionValue {
  citedSourceId: string;
  canonicalName: string | null;
}

/** An assertion's reviewable values under its article's current rubric. */
export interface AutomaticValues {
  provenance: Provenance;
  sourcingQuality: number;
  alarmism: number;
  hedged: boolean;
  admiralty: string;
  attribution: AttributionValue | null;
}

/** The automatic values with the newest review applied: what report cards count. */
export interface EffectiveValues extends AutomaticValues {
  /** The newest review's decision, null when the assertion has none. */
  decision: ReviewDecision | null;
  /** True when the newest review dismissed the assertion (it is then left out of report cards). */
  dismissed: boolean;
}

/** A change the rest of the corpus makes to a stored score (applied on read, never stored). */
export interface CorroborationAdjustment {
  id: string;
  score: ScoreName;
  weight: number;
  reason: string;
}

/** What the rest of the corpus says about a claim, and the scores after it. */
export interface Corroboration {
  groupId: string;
  /** Appearances of the claim: its assertions and other outlets' syndicated copies of them. */
  members: number;
  independentOrigins: number;
  role: string | null;
  corroborated: boolean;
  contradicted: boolean;
  sourcingQuality: number;
  admiralty: string;
  adjustments: CorroborationAdjustment[];
}

/** One assertion of an article under one rubric version. */
export interface AssertionView {
  id: string;
  position: number;
  start: number;
  end: number;
  text: string;
  provenance: Provenance | null;
  attribution: AttributionView | null;
  hedged: boolean | null;
  scores: { sourcingQuality: number; alarmism: number } | null;
  admiralty: string | null;
  signals: Signal[];
  rubricVersion: string | null;
  review: LatestReview | null;
  /**
   * The values report cards count: the automatic ones with the newest review applied (an
   * overridden attribution carries its id; its name is on GET /api/assertions/:id).
   */
  effective: EffectiveValues | null;
  otherVersions: string[];
  /** Null while the claim stands alone. */
  corroboration: Corroboration | null;
}

/** GET /api/articles/:id/assertions. */
export interface AssertionsResponse {
  articleId: string;
  rubricVersion: string | null;
  assertions: AssertionView[];
}
