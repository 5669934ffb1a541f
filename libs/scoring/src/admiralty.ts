import { Rubric } from './rubric';
import { Attribution, OutletType, Signal } from './types';

/**
 * NATO Admiralty code: source reliability (A–F) and information credibility (1–6) are judged
 * separately on purpose, so a usually reliable source can still pass on an unconfirmed claim.
 * Reliability looks only at who the source is; credibility only at what backs the claim.
 */
export function reliabilityGrade(attribution: Attribution | null, outletType: OutletType | undefined, rubric: Rubric): { grade: string; reason: string } {
  const table = rubric.admiralty.reliability;
  if (attribution) {
    const row = table[attribution.sourceType];
    const grade = attribution.named ? row.named : row.unnamed;
    return { grade, reason: `${attribution.named ? 'named' : 'unnamed'} ${attribution.sourceType} source` };
  }
  // The author's own voice rests on the outlet; without knowing the outlet nothing can be judged.
  if (outletType) return { grade: table[outletType].named, reason: `author's own voice in a ${outletType} outlet` };
  return { grade: 'F', reason: 'author of unknown outlet: reliability cannot be judged' };
}

export function credibilityDigit(signals: readonly Signal[], hedged: boolean, detailCount: number, rubric: Rubric): { digit: number; reason: string } {
  const has = (id: string) => signals.some((s) => s.id === id);
  if (has('contradicting-estimate')) return { digit: 5, reason: 'contradicted by another estimate in the same text' };
  if (has('evidence-cited') && !hedged) return { digit: 2, reason: 'evidence cited' };
  if (hedged) return { digit: 4, reason: 'the text itself signals doubt' };
  if (detailCount >=  rubric.admiralty.credibility.minDetailsForPossible || has('reference-marker')) return { digit: 3, reason: 'specific, checkable detail but no confirmation' };
  return { digit: 6, reason: 'bare assertion: truth cannot be judged' };
}
