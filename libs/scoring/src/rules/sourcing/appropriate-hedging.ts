import { defineRule, matchSpan, quote, signal } from '../rule';

/**
 * Hedging an unverified claim is good practice: the critique itself writes "alleged",
 * "reportedly", "seems". Credit it when the claim rests on a party to the conflict, an
 * anonymous source or the author alone, i.e. where nothing independent backs it.
 */
export const appropriateHedging = defineRule({
  id: 'hedged-unverified',
  score: 'sourcingQuality',
  weights: ['hedged-unverified'],
  signals: ['hedged-unverified'],
  apply(f, w) {
    if (f.hedges.length === 0) return [];
    const t = f.attribution?.sourceType;
    if (t === 'independent' && f.attribution?.named) return [];
    const span = matchSpan(f.hedges[0]);
    return [
      signal(
        'hedged-unverified',
        'sourcingQuality',
        w['hedged-unverified'],
        span,
        `unverified claim is hedged ("${quote(f, span)}")`,
      ),
    ];
  },
});
