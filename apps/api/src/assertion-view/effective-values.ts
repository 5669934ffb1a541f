/**
 * An assertion's values as report cards count them, without Nest or Prisma:
 * - automatic values: the Score (and Attribution) of the assertion under its article's current rubric;
 * - stored overrides: Review.overrides, always `{provenance?, sourcingQuality?, alarmism?, hedged?,
 *   admiralty?, attribution?: null | {citedSourceId}}` (the summaries' SQL reads these keys);
 * - effective values: the automatic values with the newest review applied. Only the newest review
 *   counts (as on report cards): a confirm approves the automatic values and so supersedes an
 *   earlier override; a dismiss marks the assertion as not an assertion.
 */

import { PROVENANCES, type Provenance, type ReviewDecision } from '@auditor/vocabulary';
import type { AutomaticValues, EffectiveValues, StoredOverrides } from '@auditor/contracts';

export const ADMIRALTY = /^[A-F][1-6]$/;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stored score's reviewable values (any row with the fields of SCORE_SELECT). */
export function automaticValues(s: {
  provenance: string;
  sourcingQuality: number;
  alarmism: number;
  hedged: boolean;
  admiralty: string;
  attribution: { citedSourceId: string; citedSource: { canonicalName: string } } | null;
}): AutomaticValues {
  return {
    provenance: s.provenance as Provenance,
    sourcingQuality: s.sourcingQuality,
    alarmism: s.alarmism,
    hedged: s.hedged,
    admiralty: s.admiralty,
    attribution: s.attribution
      ? { citedSourceId: s.attribution.citedSourceId, canonicalName: s.attribution.citedSource.canonicalName }
      : null,
  };
}

export interface ReviewLike {
  decision: ReviewDecision;
  overrides: unknown;
}

/**
 * Reads Review.overrides defensively, as the report-card SQL does: a field counts only when its
 * value is valid; anything else (older shapes, hand-written rows) is ignored.
 */
export function parseStoredOverrides(json: unknown): StoredOverrides {
  if (!isObject(json)) return {};
  const out: StoredOverrides = {};
  if (typeof json.provenance === 'string' && (PROVENANCES as readonly string[]).includes(json.provenance))
    out.provenance = json.provenance as Provenance;
  const scores = isObject(json.scores) ? json.scores : {};
  const sq = json.sourcingQuality ?? scores.sourcingQuality;
  const al = json.alarmism ?? scores.alarmism;
  if (isScore(sq)) out.sourcingQuality = sq;
  if (isScore(al)) out.alarmism = al;
  if (typeof json.hedged === 'boolean') out.hedged = json.hedged;
  if (typeof json.admiralty === 'string' && ADMIRALTY.test(json.admiralty)) out.admiralty = json.admiralty;
  if ('attribution' in json) {
    if (json.attribution === null) out.attribution = null;
    else if (
      isObject(json.attribution) &&
      typeof json.attribution.citedSourceId === 'string' &&
      UUID.test(json.attribution.citedSourceId)
    ) {
      out.attribution = { citedSourceId: json.attribution.citedSourceId.toLowerCase() };
    }
  }
  return out;
}

/** Cited-source ids an override points at (to look their names up in one query). */
export const overrideSourceIds = (reviews: Array<ReviewLike | null | undefined>): string[] => [
  ...new Set(
    reviews.flatMap((r) => {
      const a = r ? parseStoredOverrides(r.overrides).attribution : undefined;
      return a ? [a.citedSourceId] : [];
    }),
  ),
];

/** The automatic values with the newest review applied; `names` maps cited-source ids to canonical names. */
export function applyReview(
  auto: AutomaticValues,
  review: ReviewLike | null | undefined,
  names: ReadonlyMap<string, string> = new Map(),
): EffectiveValues {
  const base: EffectiveValues = {
    ...auto,
    decision: review?.decision ?? null,
    dismissed: review?.decision === 'dismiss',
  };
  if (!review || review.decision !== 'override') return base;
  const o = parseStoredOverrides(review.overrides);
  return {
    ...base,
    ...(o.provenance !== undefined && { provenance: o.provenance }),
    ...(o.sourcingQuality !== undefined && { sourcingQuality: o.sourcingQuality }),
    ...(o.alarmism !== undefined && { alarmism: o.alarmism }),
    ...(o.hedged !== undefined && { hedged: o.hedged }),
    ...(o.admiralty !== undefined && { admiralty: o.admiralty }),
    ...(o.attribution !== undefined && {
      attribution: o.attribution && {
        citedSourceId: o.attribution.citedSourceId,
        canonicalName: names.get(o.attribution.citedSourceId) ?? null,
      },
    }),
  };
}
