import { Rubric } from './rubric';
import { isPartyOutlet, outletPhrase } from './rules/sourcing/own-voice';
import { Attribution, OutletType, Signal, SignalId } from './types';

/**
 * NATO Admiralty code: source reliability (A–F) and information credibility (1–6) are judged
 * separately on purpose, so a usually reliable source can still pass on an unconfirmed claim.
 * Reliability looks only at who the source is; credibility only at what backs the claim.
 */
export function reliabilityGrade(
  attribution: Attribution | null,
  outletType: OutletType | undefined,
  rubric: Rubric,
): { grade: string; reason: string } {
  const table = rubric.admiralty.reliability;
  if (attribution) {
    const row = table[attribution.sourceType];
    const grade = attribution.named ? row.named : row.unnamed;
    return { grade, reason: `${attribution.named ? 'named' : 'unnamed'} ${attribution.sourceType} source` };
  }
  // The author's own voice rests on the outlet; without knowing the outlet nothing can be judged.
  if (!outletType) return { grade: 'F', reason: 'author of unknown outlet: reliability cannot be judged' };
  // A party's release is graded on the party row, the same for every side (the AAN critique puts
  // ISAF releases and insurgent communiqués on one footing).
  if (isPartyOutlet(outletType, rubric))
    return {
      grade: table[outletType].named,
      reason: `own account of a party to the events (${outletPhrase(outletType)})`,
    };
  return { grade: table[outletType].named, reason: `author's own voice in ${outletPhrase(outletType)}` };
}

/**
 * Credibility from what backs the claim, in order: a contradicting estimate (5), cited evidence
 * (2), then — before details are considered — an own-voice claim of an outlet that is not a party
 * to the events (the `own-voice-claim` signal): it has no source, no reference and no evidence, so
 * however many names and dates it carries the reader has nothing to judge it by (6). Details alone
 * do not make a claim possibly true; they do for a party's own first-hand account and for an
 * attributed claim, whose origin is known (3). Independent corroboration still lifts any of these
 * to 1 later (corroboration.ts).
 */
export function credibilityDigit(
  signals: readonly Signal[],
  hedged: boolean,
  detailCount: number,
  rubric: Rubric,
): { digit: number; reason: string } {
  const has = (id: SignalId) => signals.some((s) => s.id === id);
  if (has('contradicting-estimate')) return { digit: 5, reason: 'contradicted by another estimate in the same text' };
  if (has('evidence-cited') && !hedged) return { digit: 2, reason: 'evidence cited' };
  if (has('own-voice-claim') && !has('evidence-cited'))
    return {
      digit: 6,
      reason:
        'unattributed claim of an outlet that is not a party to the events, with no reference, evidence or corroboration: truth cannot be judged',
    };
  if (hedged) return { digit: 4, reason: 'the text itself signals doubt' };
  if (detailCount >= rubric.admiralty.credibility.minDetailsForPossible || has('reference-marker'))
    return { digit: 3, reason: 'specific, checkable detail but no confirmation' };
  return { digit: 6, reason: 'bare assertion: truth cannot be judged' };
}
