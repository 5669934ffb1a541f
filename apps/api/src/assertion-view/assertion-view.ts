import { applyCorroboration } from '@auditor/scoring';
import type { AssertionView, AttributionView, Signal, StoredOverrides } from '@auditor/contracts';
import { applyReview, automaticValues } from './effective-values';
import { Prisma } from '../generated/prisma/client';
import { Provenance, ReviewDecision, SourceType } from '../generated/prisma/enums';

/** One score with its attribution, as article views and the review pages read it. */
export const SCORE_SELECT = {
  rubricVersion: true,
  provenance: true,
  sourcingQuality: true,
  alarmism: true,
  hedged: true,
  admiralty: true,
  signals: true,
  attribution: {
    select: {
      sourceText: true,
      spanStart: true,
      spanEnd: true,
      cue: true,
      named: true,
      via: true,
      citedSourceId: true,
      citedSource: { select: { canonicalName: true, type: true } },
    },
  },
} satisfies Prisma.ScoreSelect;

type StoredAttribution = NonNullable<AssertionRow['scores'][number]['attribution']>;

/** A stored attribution as the API shows it (the assertion view and a review's automatic values). */
export const attributionView = (at: StoredAttribution): AttributionView => ({
  source: at.sourceText,
  canonicalName: at.citedSource.canonicalName,
  citedSourceId: at.citedSourceId,
  sourceType: at.citedSource.type,
  named: at.named,
  cue: at.cue,
  via: at.via,
  span: [at.spanStart, at.spanEnd],
});

/** The row shape ArticleQueries.assertions() selects. */
export interface AssertionRow {
  id: string;
  position: number;
  start: number;
  end: number;
  text: string;
  scores: Array<{
    rubricVersion: string;
    provenance: Provenance;
    sourcingQuality: number;
    alarmism: number;
    hedged: boolean;
    admiralty: string;
    signals: Prisma.JsonValue;
    attribution: {
      sourceText: string;
      spanStart: number;
      spanEnd: number;
      cue: string;
      named: boolean;
      via: string;
      citedSourceId: string;
      citedSource: { canonicalName: string; type: SourceType };
    } | null;
  }>;
  reviews: Array<{
    decision: ReviewDecision;
    overrides: Prisma.JsonValue;
    reason: string | null;
    reviewerId: string | null;
    createdAt: Date;
  }>;
  claim: { groupId: string; role: string | null; contradicted: boolean } | null;
}

type StoredScore = Omit<AssertionRow['scores'][number], 'rubricVersion' | 'attribution'>;
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** One row of ArticleQueries.assertions()' flat SQL: an assertion, its score under one version, and what hangs off it. */
export type FlatAssertionRow = Omit<AssertionRow, 'scores' | 'reviews' | 'claim'> &
  StoredScore &
  Nullable<Omit<StoredAttribution, 'citedSource'> & { canonicalName: string; sourceType: SourceType }> &
  Nullable<Omit<AssertionRow['reviews'][number], 'createdAt'>> & { reviewedAt: Date | string | null } & Nullable<
    NonNullable<AssertionRow['claim']>
  > & { members: number | null; independentOrigins: number | null; otherVersions: string[] | null };

/** A flat row in the nested shape the view is built from (the shape a Prisma select gives). */
export function nestAssertionRow(r: FlatAssertionRow, rubricVersion: string): AssertionRow {
  return {
    id: r.id,
    position: r.position,
    start: r.start,
    end: r.end,
    text: r.text,
    scores: [
      {
        rubricVersion,
        provenance: r.provenance,
        sourcingQuality: r.sourcingQuality,
        alarmism: r.alarmism,
        hedged: r.hedged,
        admiralty: r.admiralty,
        signals: r.signals,
        attribution:
          r.citedSourceId === null
            ? null
            : {
                sourceText: r.sourceText!,
                spanStart: r.spanStart!,
                spanEnd: r.spanEnd!,
                cue: r.cue!,
                named: r.named!,
                via: r.via!,
                citedSourceId: r.citedSourceId,
                citedSource: { canonicalName: r.canonicalName!, type: r.sourceType! },
              },
      },
    ],
    reviews:
      r.decision === null
        ? []
        : [
            {
              decision: r.decision,
              overrides: r.overrides,
              reason: r.reason,
              reviewerId: r.reviewerId,
              createdAt: new Date(r.reviewedAt!),
            },
          ],
    claim: r.groupId === null ? null : { groupId: r.groupId, role: r.role, contradicted: r.contradicted! },
  };
}

/** The claim group an assertion belongs to (two or more members), as stored by the corroboration job. */
export interface ClaimGroupRef {
  id: string;
  members: number;
  independentOrigins: number;
}

export function toAssertionView(r: AssertionRow, otherVersions: string[], group?: ClaimGroupRef): AssertionView {
  const s = r.scores[0];
  const at = s?.attribution;
  const review = r.reviews[0];
  const standing =
    s && group && r.claim
      ? applyCorroboration(s, { independentOrigins: group.independentOrigins, contradicted: r.claim.contradicted })
      : null;
  return {
    id: r.id,
    position: r.position,
    start: r.start,
    end: r.end,
    text: r.text,
    provenance: s?.provenance ?? null,
    attribution: at ? attributionView(at) : null,
    hedged: s?.hedged ?? null,
    scores: s ? { sourcingQuality: s.sourcingQuality, alarmism: s.alarmism } : null,
    admiralty: s?.admiralty ?? null,
    // Stored by the scorer (and only by it) as an array of its signals.
    signals: (s?.signals ?? []) as unknown as Signal[],
    rubricVersion: s?.rubricVersion ?? null,
    // Overrides as stored (always written through normaliseOverrides); effective reads them defensively.
    review: review
      ? { ...review, overrides: review.overrides as StoredOverrides | null, createdAt: review.createdAt.toISOString() }
      : null,
    effective: s
      ? applyReview(automaticValues(s), review && { decision: review.decision, overrides: review.overrides })
      : null,
    otherVersions,
    corroboration:
      standing && group && r.claim
        ? {
            groupId: group.id,
            members: group.members,
            independentOrigins: group.independentOrigins,
            role: r.claim.role,
            corroborated: standing.corroborated,
            contradicted: r.claim.contradicted,
            sourcingQuality: standing.sourcingQuality,
            admiralty: standing.admiralty,
            adjustments: standing.adjustments,
          }
        : null,
  };
}
