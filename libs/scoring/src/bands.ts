import rubricData from '../rubric/rubric.json';

/**
 * Plain-language bands for the two 0–100 scores. No edge is a literal: each is computed from
 * rubric.json when this module loads, so refitting the alarmism weights or changing a sourcing
 * weight moves the bands with it (and `npm run docs:rubric -- --check` flags the stale README).
 */
export type ScoreBand = {
  min: number;
  max: number;
  label: string;
  meaning: string;
  concern: 'low' | 'medium' | 'high';
};
export type BandedScore = 'sourcingQuality' | 'alarmism';

/** The parts of rubric.json the bands read (the shape of the file, so a test can pass a variant). */
export interface BandInputs {
  sourcingQuality: { base: number; weights: Record<string, number> };
  alarmism: { base: number; fit?: Record<string, unknown> };
}

const clampScore = (n: number) => Math.max(0, Math.min(100, n));

/** Splits 0..100 at the given first-scores-of-a-band; a band squeezed to nothing by a rubric change is dropped. */
function cut(starts: number[], parts: Array<Omit<ScoreBand, 'min' | 'max'>>): ScoreBand[] {
  const out: ScoreBand[] = [];
  parts.forEach((p, i) => {
    const min = i === 0 ? 0 : clampScore(starts[i - 1]!);
    const max = i === parts.length - 1 ? 100 : clampScore(starts[i]! - 1);
    if (max >= min) out.push({ min, max, ...p });
  });
  return out;
}

function num(record: Record<string, unknown> | undefined, path: string[]): number {
  let v: unknown = record;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`rubric.json: alarmism.fit.${path.join('.')} is missing`);
  return v;
}

/** The fitted probabilities at which the alarmism bands change. */
export const ALARMISM_PROBABILITY_EDGES = [0.1, 0.25, 0.5, 0.75] as const;

/**
 * Alarmism: the weights are a logistic model's coefficients scaled by `pointsPerLogit`, and base 0
 * is the in-domain intercept, so a score s is the logit intercept + s / pointsPerLogit and
 * P(alarmist) = 1 / (1 + e^−logit). A band starts at the first whole score where that probability
 * reaches 0.1, 0.25, 0.5 or 0.75: s = pointsPerLogit × (ln(p / (1 − p)) − intercept).
 */
export function alarmismEdges(r: BandInputs): number[] {
  const ppl = num(r.alarmism.fit, ['pointsPerLogit']);
  const intercept = num(r.alarmism.fit, ['intercepts', 'inDomain']);
  return ALARMISM_PROBABILITY_EDGES.map((p) =>
    Math.ceil(r.alarmism.base + ppl * (Math.log(p / (1 - p)) - intercept) - 1e-9),
  );
}

/**
 * Sourcing quality has no fitted model; its edges are the scores of canonical assertions built from
 * the base and the weights: a vague source ("sources said": base + anonymous-source), a claim in a
 * non-party outlet's own voice (base + own-voice-claim), a source named only by its category
 * ("Afghan officials": base + half the anonymous-source weight, as source-naming.ts scores it), an
 * assertion with no signal (the base), a named source (base + named-source) and a named source
 * with the most specific detail the rubric rewards (+ specific-detail-max).
 */
export function sourcingQualityAnchors(r: BandInputs) {
  const { base, weights: w } = r.sourcingQuality;
  const get = (k: string) => {
    const v = w[k];
    if (typeof v !== 'number') throw new Error(`rubric.json: sourcingQuality.weights.${k} is missing`);
    return v;
  };
  return {
    vagueSource: base + get('anonymous-source'),
    ownVoice: base + get('own-voice-claim'),
    categorySource: base + Math.round(get('anonymous-source') / 2),
    noSignal: base,
    namedSource: base + get('named-source'),
    namedWithDetail: base + get('named-source') + get('specific-detail-max'),
  };
}

export function scoreBands(r: BandInputs): Record<BandedScore, ScoreBand[]> {
  const sq = sourcingQualityAnchors(r);
  const [p10, p25, p50, p75] = alarmismEdges(r);
  return {
    sourcingQuality: cut(
      [sq.vagueSource + 1, sq.noSignal, sq.namedSource, sq.namedWithDetail],
      [
        {
          label: 'poor',
          meaning: `no better than a vague source ("sources said", ${sq.vagueSource}): nothing the reader can check`,
          concern: 'high',
        },
        {
          label: 'thin',
          meaning: `unsourced in the outlet's own voice (${sq.ownVoice}) or a source named only by its category (${sq.categorySource})`,
          concern: 'medium',
        },
        {
          label: 'partly sourced',
          meaning: `from an assertion with no signal (${sq.noSignal}) to just below a named source: some detail, a reference or evidence, no named source`,
          concern: 'medium',
        },
        {
          label: 'named source',
          meaning: `attributed to a named person, office or organisation (${sq.namedSource})`,
          concern: 'low',
        },
        {
          label: 'well sourced',
          meaning: `a named source with the most specific detail the rubric rewards (${sq.namedWithDetail})`,
          concern: 'low',
        },
      ],
    ),
    alarmism: cut(
      [p10!, p25!, p50!, p75!],
      [
        {
          label: 'calm',
          meaning: 'the fitted model gives under a 10% chance a reader labels it alarmist',
          concern: 'low',
        },
        { label: 'measured', meaning: '10–25% chance of being labelled alarmist', concern: 'low' },
        { label: 'charged', meaning: '25–50% chance of being labelled alarmist', concern: 'medium' },
        { label: 'alarmist', meaning: 'more likely than not labelled alarmist (50–75%)', concern: 'high' },
        { label: 'very alarmist', meaning: 'over a 75% chance of being labelled alarmist', concern: 'high' },
      ],
    ),
  };
}

/** The bands of the rubric shipped with this build. */
export const SCORE_BANDS: Record<BandedScore, ScoreBand[]> = scoreBands(rubricData);

/** The band a score (or a mean of scores) falls in: whole-score bands cover [min, max + 1); out-of-range scores take the nearest. */
export function bandOf(kind: BandedScore, score: number, bands = SCORE_BANDS): ScoreBand {
  const list = bands[kind];
  return list.find((b) => score < b.max + 1) ?? list[list.length - 1]!;
}
