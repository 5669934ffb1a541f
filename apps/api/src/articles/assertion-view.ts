import { applyCorroboration, type CorroborationAdjustment } from '@auditor/scoring';
import { applyReview, automaticValues, type EffectiveValues } from '../reviews/review-values';
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
  attribution: { select: { sourceText: true, spanStart: true, spanEnd: true, cue: true, named: true, via: true, citedSourceId: true, citedSource: { select: { canonicalName: true, type: true } } } },
} satisfies Prisma.ScoreSelect;

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
  reviews: Array<{ decision: ReviewDecision; overrides: Prisma.JsonValue; reason: string | null; reviewerId: string | null; createdAt: Date }>;
  claim: { groupId: string; role: string | null; contradicted: boolean } | null;
}

/** The claim group an assertion belongs to (two or more members), as stored by the corroboration job. */
export interface ClaimGroupRef {
  id: string;
  members: number;
  independentOrigins: number;
}

export interface AssertionView {
  id: string;
  position: number;
  start: number;
  end: number;
  text: string;
  provenance: Provenance | null;
  attribution: {
    source: string;
    canonicalName: string;
    citedSourceId: string;
    sourceType: SourceType;
    named: boolean;
    cue: string;
    via: string;
    span: [number, number];
  } | null;
  hedged: boolean | null;
  scores: { sourcingQuality: number; alarmism: number } | null;
  admiralty: string | null;
  signals: Prisma.JsonValue;
  rubricVersion: string | null;
  review: AssertionRow['reviews'][number] | null;
  /**
   * The values report cards count: the automatic ones with the newest review applied (an
   * overridden attribution carries its id; its name is on GET /api/assertions/:id).
   */
  effective: EffectiveValues | null;
  otherVersions: string[];
  /**
   * What the rest of the corpus says about this claim, and the scores after it (the values report
   * cards aggregate): null while the claim stands alone.
   */
  corroboration: {
    groupId: string;
    members: number;
    independentOrigins: number;
    role: string | null;
    corroborated: boolean;
    contradicted: boolean;
    sourcingQuality: number;
    admiralty: string;
    adjustments: CorroborationAdjustment[];
  } | null;
}

export function toAssertionView(r: AssertionRow, otherVersions: string[], group?: ClaimGroupRef): AssertionView {
  const s = r.scores[0];
  const at = s?.attribution;
  const standing = s && group && r.claim ? applyCorroboration(s, { independentOrigins: group.independentOrigins, contradicted: r.claim.contradicted }) : null;
  return {
    id: r.id,
    position: r.position,
    start: r.start,
    end: r.end,
    text: r.text,
    provenance: s?.provenance ?? null,
    attribution: at
      ? { source: at.sourceText, canonicalName: at.citedSource.canonicalName, citedSourceId: at.citedSourceId, sourceType: at.citedSource.type, named: at.named, cue: at.cue, via: at.via, span: [at.spanStart, at.spanEnd] }
      : null,
    hedged: s?.hedged ?? null,
    scores: s ? { sourcingQuality: s.sourcingQuality, alarmism: s.alarmism } : null,
    admiralty: s?.admiralty ?? null,
    signals: s?.signals ?? [],
    rubricVersion: s?.rubricVersion ?? null,
    review: r.reviews[0] ?? null,
    effective: s ? applyReview(automaticValues(s), r.reviews[0] && { decision: r.reviews[0].decision as ReviewDecision, overrides: r.reviews[0].overrides }) : null,
    otherVersions,
    corroboration:
      standing && group && r.claim
        ? { groupId: group.id, members: group.members, independentOrigins: group.independentOrigins, role: r.claim.role, corroborated: standing.corroborated, contradicted: r.claim.contradicted, sourcingQuality: standing.sourcingQuality, admiralty: standing.admiralty, adjustments: standing.adjustments }
        : null,
  };
}
