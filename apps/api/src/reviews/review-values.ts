/**
 * Pure helpers of the review workflow: what a review stores and where the automatic values now
 * disagree with a human decision (how a review changes the values: assertion-view/effective-values).
 * No Nest, no Prisma: the same functions run in the service and in unit tests.
 */

import { SOURCE_TYPES, type Provenance, type ReviewDecision } from '@auditor/vocabulary';
import type { AutomaticValues, Disagreement, OverrideField, StoredOverrides } from '@auditor/contracts';
import { isObject, parseStoredOverrides } from '../assertion-view/effective-values';

export const REASON_MAX = 2000;

/** The overridable fields, in the order they are stored and reported. */
export const OVERRIDE_FIELDS = [
  'provenance',
  'sourcingQuality',
  'alarmism',
  'hedged',
  'admiralty',
  'attribution',
] as const satisfies readonly OverrideField[];

/** The attribution override as sent: detach (null), an existing cited source, or one found/created by name. */
export type AttributionInput = null | { citedSourceId?: string; name?: string; type?: string };

export interface OverridesInput {
  provenance?: string;
  sourcingQuality?: number;
  alarmism?: number;
  hedged?: boolean;
  admiralty?: string;
  attribution?: AttributionInput;
}

/** The human-readable list of fields, for messages. */
const FIELD_LIST = 'provenance, sourcingQuality, alarmism, hedged, admiralty or attribution';

/** Trimmed reason, or null when absent or blank. */
export const normaliseReason = (reason: string | null | undefined): string | null =>
  typeof reason === 'string' && reason.trim() ? reason.trim() : null;

/**
 * Checks the combination of decision, overrides and reason (field values are checked by the DTO).
 * Returns a message a person can act on, or null when the request is consistent.
 */
export function decisionProblem(
  decision: ReviewDecision,
  overrides: OverridesInput | null | undefined,
  reason: string | null | undefined,
): string | null {
  const given = overrides ? OVERRIDE_FIELDS.filter((f) => overrides[f] !== undefined) : [];
  if (decision !== 'override') {
    if (overrides !== undefined && overrides !== null)
      return `A ${decision} carries no overrides: send decision "override" to change values`;
    return null;
  }
  if (!overrides || given.length === 0) return `An override must change at least one field: ${FIELD_LIST}`;
  if (!normaliseReason(reason))
    return 'An override needs a reason: say in a sentence why the automatic values are wrong';
  const a = overrides.attribution;
  if (a !== undefined && a !== null) {
    const byId = a.citedSourceId !== undefined;
    const byName = a.name !== undefined || a.type !== undefined;
    if (byId && byName) return 'overrides.attribution takes either {citedSourceId} or {name, type}, not both';
    if (!byId && !byName)
      return 'overrides.attribution must be null (not attributed), {citedSourceId} of a known source, or {name, type}';
    if (byName && (a.name === undefined || !a.name.trim()))
      return 'overrides.attribution.name is required with a type: the name of the source';
    if (byName && a.type === undefined)
      return `overrides.attribution.type is required with a name: one of ${SOURCE_TYPES.join(', ')}`;
  }
  return null;
}

/**
 * The stored shape of an override, keys in a fixed order (so equal overrides serialise equally).
 * `attribution` must already be resolved to null or an existing cited source's id.
 */
export function normaliseOverrides(
  input: OverridesInput,
  attribution?: null | { citedSourceId: string },
): StoredOverrides {
  const out: StoredOverrides = {};
  if (input.provenance !== undefined) out.provenance = input.provenance as Provenance;
  if (input.sourcingQuality !== undefined) out.sourcingQuality = input.sourcingQuality;
  if (input.alarmism !== undefined) out.alarmism = input.alarmism;
  if (input.hedged !== undefined) out.hedged = input.hedged;
  if (input.admiralty !== undefined) out.admiralty = input.admiralty;
  if (input.attribution !== undefined)
    out.attribution =
      attribution === undefined || attribution === null ? null : { citedSourceId: attribution.citedSourceId };
  return out;
}

/** JSON with object keys sorted: two equal values give the same string whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** Whether a retry repeats a stored review: same decision, overrides and reason (the reviewer is checked by the caller). */
export function sameReview(
  a: { decision: string; overrides: unknown; reason: string | null },
  b: { decision: string; overrides: unknown; reason: string | null },
): boolean {
  return (
    a.decision === b.decision &&
    canonicalJson(a.overrides ?? null) === canonicalJson(b.overrides ?? null) &&
    normaliseReason(a.reason) === normaliseReason(b.reason)
  );
}

const comparable = (field: OverrideField, v: unknown): unknown =>
  field === 'attribution'
    ? isObject(v) && typeof v.citedSourceId === 'string'
      ? v.citedSourceId.toLowerCase()
      : null
    : v;

/**
 * Where the current automatic values differ from the newest review. For an override: each
 * overridden field whose automatic value differs from the override. For a confirm: each field
 * whose automatic value differs from the values confirmed (the `after` of the review's audit
 * entry; without one there is nothing to compare). A dismiss has nothing to compare.
 */
export function disagreements(
  auto: AutomaticValues | null,
  review: { id: string; decision: ReviewDecision; overrides: unknown } | null,
  decided: { rubricVersion: string | null; values: Record<string, unknown> | null },
  currentRubricVersion: string | null,
  names: ReadonlyMap<string, string> = new Map(),
): Disagreement[] {
  if (!auto || !review || review.decision === 'dismiss') return [];
  const meta = {
    decision: review.decision,
    reviewId: review.id,
    decidedUnder: decided.rubricVersion,
    currentRubricVersion,
    rescoredSince: decided.rubricVersion !== null && decided.rubricVersion !== currentRubricVersion,
  };
  const out: Disagreement[] = [];
  if (review.decision === 'override') {
    const o = parseStoredOverrides(review.overrides);
    for (const field of OVERRIDE_FIELDS) {
      if (o[field] === undefined) continue;
      if (comparable(field, auto[field]) === comparable(field, o[field])) continue;
      const reviewed =
        field === 'attribution'
          ? o.attribution && {
              citedSourceId: o.attribution.citedSourceId,
              canonicalName: names.get(o.attribution.citedSourceId) ?? null,
            }
          : o[field];
      out.push({ field, automatic: auto[field], reviewed, ...meta });
    }
    return out;
  }
  const confirmed = decided.values;
  if (!confirmed) return [];
  for (const field of OVERRIDE_FIELDS) {
    if (!(field in confirmed)) continue;
    if (comparable(field, auto[field]) === comparable(field, confirmed[field])) continue;
    out.push({ field, automatic: auto[field], reviewed: confirmed[field], ...meta });
  }
  return out;
}
