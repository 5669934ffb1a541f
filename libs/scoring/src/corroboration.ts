import { defaultRubric, Rubric } from './rubric';

/** Where an assertion's claim stands across the corpus (from the claim groups). */
export interface ClaimStanding {
  /** Distinct independent origins of the claim: five outlets repeating one release are one. */
  independentOrigins: number;
  /** A member of the same claim group gives a conflicting figure for the same quantity. */
  contradicted: boolean;
}

export interface CorroborationAdjustment {
  id: 'independently-corroborated' | 'contradicted-elsewhere';
  score: 'sourcingQuality' | 'admiralty';
  weight: number;
  reason: string;
}

export interface CorroboratedScore {
  sourcingQuality: number;
  admiralty: string;
  corroborated: boolean;
  adjustments: CorroborationAdjustment[];
}

export const isCorroborated = (independentOrigins: number, rubric: Rubric = defaultRubric()): boolean =>
  independentOrigins >= rubric.corroboration.minIndependentOrigins;

/**
 * The corpus feeds back into one assertion's scores. Independent confirmation is what the
 * Admiralty credibility digit 1 means, and it improves the sourcing a reader can rely on;
 * repetition of a single origin changes nothing (the critique's "amplified by repetition").
 * A conflicting figure elsewhere is digit 5, "contradicted by other information", and wins over
 * corroboration because the quantity itself is in dispute. Reliability (the letter) is about the
 * source, not this claim, so it is left alone. The report-card SQL applies the same rule with
 * these rubric constants (apps/api/src/sources/claim-standing.sql.ts).
 */
export function applyCorroboration(
  score: { sourcingQuality: number; admiralty: string },
  standing: ClaimStanding,
  rubric: Rubric = defaultRubric(),
): CorroboratedScore {
  const rule = rubric.corroboration;
  const corroborated = isCorroborated(standing.independentOrigins, rubric);
  const adjustments: CorroborationAdjustment[] = [];
  let sourcingQuality = score.sourcingQuality;
  let digit = score.admiralty.slice(1);
  if (corroborated) {
    const bonus = Math.min(rule.sourcingQualityBonus, 100 - sourcingQuality);
    sourcingQuality += bonus;
    adjustments.push({
      id: 'independently-corroborated',
      score: 'sourcingQuality',
      weight: bonus,
      reason: `the same claim comes from ${standing.independentOrigins} independent origins`,
    });
  }
  if (standing.contradicted) {
    digit = String(rule.contradictedDigit);
    adjustments.push({
      id: 'contradicted-elsewhere',
      score: 'admiralty',
      weight: 0,
      reason: 'another report of the same claim gives a conflicting figure',
    });
  } else if (corroborated) {
    digit = String(rule.corroboratedDigit);
    adjustments.push({
      id: 'independently-corroborated',
      score: 'admiralty',
      weight: 0,
      reason: 'confirmed by an independent origin',
    });
  }
  return { sourcingQuality, admiralty: score.admiralty.slice(0, 1) + digit, corroborated, adjustments };
}
