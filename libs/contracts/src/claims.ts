import type { Provenance } from '@auditor/vocabulary';
import type { IsoDateTime } from './common';

/**
 * origin: the first appearance of the claim. corroboration: a new, independent origin.
 * amplification: repeats an origin already present, adding nothing checkable. substantiation:
 * repeats one, but brings evidence.
 */
export type ClaimRole = 'origin' | 'corroboration' | 'amplification' | 'substantiation';

/** One appearance of a claim: an assertion, or another outlet's publication of the same text. */
export interface ClaimMember {
  /** The assertion id, or `<assertion id>@<outlet id>` for a syndicated copy. */
  key: string;
  assertionId: string;
  text: string;
  article: { id: string; title: string | null };
  /** The publishing outlet: for a syndicated copy, the syndicating one. */
  outlet: { id: string; name: string } | null;
  citedSource: { id: string; name: string } | null;
  provenance: Provenance | null;
  /** The publication date, or the upload date when the article has none. */
  publishedAt: IsoDateTime | null;
  role: ClaimRole;
  /** origin or corroboration: an origin of its own, not a repetition. */
  independent: boolean;
  /** The origin it belongs to (ClaimPage.origins[].key). */
  originKey: string;
  /** The same text published again by another outlet (stored once, scored once). */
  syndicated: boolean;
  /** Scores stored for the assertion under its article's current rubric. */
  scores: { sourcingQuality: number; alarmism: number } | null;
  admiralty: string | null;
}

/** Where a claim comes from: a cited source, or an outlet speaking in its own voice. */
export interface ClaimOriginView {
  key: string;
  name: string;
  provenance: Provenance;
  /** ClaimMember.key of its first appearance. */
  firstMember: string;
  members: number;
}

/** "who repeated whom": `from` repeats `to` (both ClaimMember keys). */
export interface ClaimEdge {
  from: string;
  to: string;
}

/** Two members giving different counts of the same thing. */
export interface ClaimFigureConflict {
  noun: string;
  ratio: number;
  a: { member: string; value: number };
  b: { member: string; value: number };
}

/** GET /api/claims/:id: one claim group, for a timeline and a repetition graph. */
export interface ClaimPage {
  id: string;
  /** Chronological (undated last). */
  members: ClaimMember[];
  /** The earliest member and its origin. */
  origin: { member: string; name: string };
  origins: ClaimOriginView[];
  independentOrigins: number;
  amplifications: number;
  corroborations: number;
  /** Repeated, but from a single origin: looks corroborated, is not. */
  amplifiedOnly: boolean;
  edges: ClaimEdge[];
  conflictingFigures: ClaimFigureConflict[];
  updatedAt: IsoDateTime;
}

/** One claim a source took part in, for "most amplified claims". */
export interface AmplifiedClaim {
  id: string;
  /** The earliest member's text. */
  text: string;
  origin: string;
  members: number;
  amplifications: number;
  independentOrigins: number;
  amplifiedOnly: boolean;
  /** Appearances of the claim that are this source's (its articles, its publications or its citations). */
  sourceMembers: number;
}

/** GET /api/sources/:id/claims?sort=amplified. */
export interface AmplifiedClaimsResponse {
  sourceId: string;
  items: AmplifiedClaim[];
}

/**
 * The upload's text was already stored: where, and what this upload did about it.
 * nothing: the same outlet (or no outlet) again, a no-op. syndicated-copy: recorded now as the
 * uploading outlet's publication of the text. already-syndicated: that publication was recorded before.
 */
export interface KnownText {
  articleId: string;
  title: string | null;
  outlet: { id: string; name: string } | null;
  recorded: 'nothing' | 'syndicated-copy' | 'already-syndicated';
  /** The uploading outlet's publication, for syndicated-copy and already-syndicated. */
  publication: { outlet: { id: string; name: string }; publishedAt: IsoDateTime | null } | null;
}

/** Another outlet's publication of an article's text (a syndicated copy). */
export interface ArticlePublicationView {
  outlet: { id: string; name: string };
  /** As given with the upload; null when none was (summaries then date it as the original). */
  publishedAt: IsoDateTime | null;
  title: string | null;
  url: string | null;
  recordedAt: IsoDateTime;
}

/** GET /api/articles/:id/publications: who else published the text, oldest record first. */
export interface ArticlePublications {
  articleId: string;
  publications: ArticlePublicationView[];
}
