/** The two 0–100 scores that have plain-language bands. */
export type BandedScore = 'sourcingQuality' | 'alarmism';

/**
 * A range of one score with its plain-language meaning. `concern` says whether scores in the band
 * should worry a reader: for sourcing quality low scores are the concern, for alarmism high ones.
 */
export type ScoreBand = {
  min: number;
  max: number;
  label: string;
  meaning: string;
  concern: 'low' | 'medium' | 'high';
};

/** `GET /api/score-bands`: the bands and bases of the service's current rubric (see libs/scoring/src/bands.ts). */
export interface ScoreBands {
  rubricVersion: string;
  /** Each score's starting value before any signal, from rubric.json. */
  bases: Record<BandedScore, number>;
  bands: Record<BandedScore, ScoreBand[]>;
}
