import { defineRule, matchSpan, quote, signal } from '../rule';
import { isProfile, reportsOperation } from './frames';
import { negatedWithin } from './negativity';

/**
 * A claim about militants' capability, intent or growth stated as fact, with no hedge, evidence,
 * reference, or independent source. The critique: such reports are "presented as proven facts and
 * amplified by repetition"; the labelling guide rates a threat claim repeated without evidence and
 * without distancing as mildly alarmist. Independent named sources are exempt: their claims are
 * weighed under sourcing quality instead. A profile sentence ("X is a militant organisation
 * founded in 1998") or an incident report ("the force detained three insurgents") states what a
 * group is or what happened, not what it threatens; a negated claim denies it.
 */
export const unsupportedThreatClaim = defineRule({
  id: 'unsupported-threat-claim',
  score: 'alarmism',
  weights: ['unsupported-threat-claim'],
  signals: ['unsupported-threat-claim'],
  apply(f, w) {
    if (f.hedges.length > 0 || f.references.length > 0) return [];
    if (f.attribution?.named && f.attribution.sourceType === 'independent') return [];
    // A denied claim ("we don't have any nexus to terrorism") claims nothing.
    const claim = f.matches.threatClaims.find((m) => !negatedWithin(f, m.token));
    if (!claim || f.matches.threatActors.length === 0 || f.matches.evidence.length > 0) return [];
    if (isProfile(f.tokens) || reportsOperation(f.tokens, f.matches.operations)) return [];
    return [
      signal(
        'unsupported-threat-claim',
        'alarmism',
        w['unsupported-threat-claim'],
        matchSpan(claim),
        `threat claim ("${quote(f, matchSpan(claim))}") stated as fact without evidence or distance`,
      ),
    ];
  },
});
