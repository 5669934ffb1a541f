import type { Provenance } from '@auditor/scoring';
import type { Fingerprint } from './fingerprint';

/** One scored assertion as the corroboration jobs see it. */
export interface ClaimInput {
  /** Stable id of the assertion (the service's Assertion.id; in measurements "docId#segmentIndex"). */
  assertionId: string;
  articleId: string;
  text: string;
  publishedAt: Date | null;
  /** Publishing outlet's name. */
  outlet: string;
  /** Canonical name of the cited source (Attribution.canonical), or null for own-voice or vague claims. */
  citedSource: string | null;
  provenance: Provenance;
  /** The assertion cites something checkable (document, footage, named witness): scoring's evidence signal. */
  hasEvidence: boolean;
}

/** What the index keeps per assertion: everything but the text, plus its fingerprint and group. */
export interface ClaimRecord extends Omit<ClaimInput, 'text'> {
  fingerprint: Fingerprint;
  groupId: string;
  /** False for sentences with no place, name or date: kept out of grouping (see isSpecific). */
  specific: boolean;
}

export interface AddResult {
  groupId: string;
  /** True when the assertion joined an existing group. */
  joined: boolean;
  /** The earlier assertion it matched best, and the score. */
  matchedAssertionId: string | null;
  score: number;
  specific: boolean;
}
