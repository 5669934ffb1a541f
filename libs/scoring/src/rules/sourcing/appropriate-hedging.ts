import { matchSpan, Rule, signal } from '../rule';

/**
 * Hedging an unverified claim is good practice: the critique itself writes "alleged",
 * "reportedly", "seems". Credit it when the claim rests on a party to the conflict, an
 * anonymous source or the author alone, i.e. where nothing independent backs it.
 */
export const appropriateHedging: Rule = {
  id: 'hedged-unverified',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if (f.hedges.length === 0) return [];
    const t = f.attribution?.sourceType;
    if (t === 'independent' && f.attribution?.named) return [];
    return [signal('hedged-unverified', 'sourcingQuality', rubric.sourcingQuality.weights['hedged-unverified'], matchSpan(f.hedges[0]), `unverified claim is hedged ("${f.hedges[0].term}")`)];
  },
};
