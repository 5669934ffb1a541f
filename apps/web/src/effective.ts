import type { AssertionView, Provenance } from './api';

export interface Effective {
  provenance: Provenance;
  sourcingQuality: number | null;
  alarmism: number | null;
  hedged: boolean | null;
  admiralty: string | null;
  dismissed: boolean;
  overridden: boolean;
}

const score = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;

/** An assertion's values with its newest review applied (as report cards count them). */
export function effectiveOf(a: AssertionView): Effective {
  const base: Effective = {
    provenance: a.provenance ?? 'unattributed',
    sourcingQuality: a.scores?.sourcingQuality ?? null,
    alarmism: a.scores?.alarmism ?? null,
    hedged: a.hedged,
    admiralty: a.admiralty,
    dismissed: a.review?.decision === 'dismiss',
    overridden: a.review?.decision === 'override',
  };
  const o = a.review?.decision === 'override' ? a.review.overrides : null;
  if (!o || typeof o !== 'object') return base;
  return {
    ...base,
    ...(typeof o.provenance === 'string' && { provenance: o.provenance }),
    ...(score(o.sourcingQuality) && { sourcingQuality: o.sourcingQuality }),
    ...(score(o.alarmism) && { alarmism: o.alarmism }),
    ...(typeof o.hedged === 'boolean' && { hedged: o.hedged }),
    ...(typeof o.admiralty === 'string' && { admiralty: o.admiralty }),
  };
}

export const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
