import { stem } from '../../lexicon/tokens';
import { defineRule, quote, signal } from '../rule';

/**
 * Counted nouns (sourcing/quantity-nouns.json) that name a state's forces or civilians, not a threat: "the base houses
 * 7,000 soldiers", "200,000 refugees" give no threat a scale (the guide's alarmism 2 is "unsourced large numbers of
 * fighters"); their origin is still asked for by figure-without-origin.
 */
const NOT_A_THREAT = new Set(['soldiers', 'troops', 'citizens', 'refugees'].map(stem));

/** Large numbers of fighters or members stated as fact with no origin inflate a threat's scale. */
export const largeNumbers = defineRule({
  id: 'large-unsourced-number',
  score: 'alarmism',
  weights: ['large-unsourced-number'],
  signals: ['large-unsourced-number'],
  apply(f, w, rubric) {
    if (f.attribution || f.references.length > 0 || f.hedges.length > 0) return [];
    const fig = f.figures.find(
      (x) => !x.eventCount && x.value >= rubric.alarmism.thresholds.largeNumber && !NOT_A_THREAT.has(x.noun),
    );
    if (!fig) return [];
    return [
      signal(
        'large-unsourced-number',
        'alarmism',
        w['large-unsourced-number'],
        fig.span,
        `large unsourced figure "${quote(f, fig.span)}"`,
      ),
    ];
  },
});
