import { Signal } from '../types';

/**
 * How the alarmism weights in rubric.json map onto fit features, read from the key names alone so
 * a new signal is picked up as soon as its weight key exists:
 *  - `<id>` — points per occurrence of signal `<id>`;
 *  - `<id>-per-<unit>` — points per unit of signal `<id>` (e.g. `negativity-per-point`: per 3
 *    AFINN points, as the rule counts them);
 *  - `<id>-max` — a cap on the points signal `<id>` may add. A cap is kept in *units* (cap ÷ unit
 *    weight, e.g. three emphasis words), so fitting rescales the cap with its unit weight.
 * A signal's raw strength (the feature) is its emitted weight divided by its unit weight, which
 * the probe rubric (below) makes independent of the weights currently in the file.
 */
export interface SignalSpec {
  id: string;
  /** rubric key holding the points per unit */
  unitKey: string;
  /** rubric key holding the cap, if any */
  capKey?: string;
}

/** Signals kept outside the fit: the critique rule cancels the others instead of adding a weight. */
export const OUTSIDE_FIT = new Set(['alarmism-critique']);

export function signalSpecs(weights: Readonly<Record<string, number>>): SignalSpec[] {
  const units = new Map<string, string>();
  const caps = new Map<string, string>();
  for (const key of Object.keys(weights)) {
    const cap = /^(.+)-max$/.exec(key);
    const per = /^(.+)-per-[a-z]+$/.exec(key);
    if (cap) caps.set(cap[1], key);
    else if (per) units.set(per[1], key);
    else units.set(key, key);
  }
  for (const [id, key] of caps)
    if (!units.has(id))
      throw new Error(`rubric alarmism weight "${key}" caps a signal "${id}" that has no unit weight`);
  return [...units]
    .filter(([id]) => !OUTSIDE_FIT.has(id))
    .map(([id, unitKey]) => ({ id, unitKey, ...(caps.has(id) ? { capKey: caps.get(id) } : {}) }));
}

/**
 * Points a probe rubric gives each unit. Every signal gets the same positive unit so no rule's
 * sign or zero test (a rule that skips a signal whose weight is ≤ 0) hides it; 120 divides by
 * 2, 3, 4, 5, 6 and 8, so a rule that scales a weight by such a fraction still yields exact units.
 */
export const PROBE_UNIT = 120;

/** Alarmism weights under which each emitted signal's weight ÷ PROBE_UNIT is its raw strength. */
export function probeWeights(
  weights: Readonly<Record<string, number>>,
  specs: readonly SignalSpec[],
  capUnits: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = { ...weights };
  for (const s of specs) {
    out[s.unitKey] = PROBE_UNIT;
    if (s.capKey) out[s.capKey] = PROBE_UNIT * capUnitsOf(s, capUnits);
  }
  return out;
}

function capUnitsOf(s: SignalSpec, capUnits: Readonly<Record<string, number>>): number {
  const c = capUnits[s.id];
  if (c === undefined || !(c > 0)) throw new Error(`no cap in units for signal "${s.id}"`);
  return c;
}

/** Caps in units implied by a set of weights (cap ÷ unit), for signals whose unit weight is not 0. */
export function impliedCapUnits(
  weights: Readonly<Record<string, number>>,
  specs: readonly SignalSpec[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of specs) {
    if (!s.capKey || weights[s.unitKey] === 0) continue;
    out[s.id] = weights[s.capKey] / weights[s.unitKey];
  }
  return out;
}

export interface SignalFeatures {
  /** Raw strength of each spec'd signal, in spec order. */
  x: number[];
  /** The alarmism critique fired: the engine cancels the positive signals. */
  critique: boolean;
}

/** Features of one assertion scored under the probe rubric. */
export function featuresOf(signals: readonly Signal[], specs: readonly SignalSpec[]): SignalFeatures {
  const index = new Map(specs.map((s, j) => [s.id, j]));
  const x = new Array<number>(specs.length).fill(0);
  let critique = false;
  for (const s of signals) {
    if (s.score !== 'alarmism') continue;
    if (OUTSIDE_FIT.has(s.id)) {
      critique = true;
      continue;
    }
    const j = index.get(s.id);
    if (j === undefined) throw new Error(`alarmism signal "${s.id}" has no weight key in rubric.json alarmism.weights`);
    x[j] += s.weight / PROBE_UNIT;
  }
  return { x, critique };
}
