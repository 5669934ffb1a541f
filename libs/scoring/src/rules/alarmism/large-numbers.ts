import { defineRule, quote, signal } from '../rule';

/** Large numbers of fighters or members stated as fact with no origin inflate a threat's scale. */
export const largeNumbers = defineRule({
  id: 'large-unsourced-number',
  score: 'alarmism',
  weights: ['large-unsourced-number'],
  signals: ['large-unsourced-number'],
  apply(f, w, rubric) {
    if (f.attribution || f.references.length > 0 || f.hedges.length > 0) return [];
    const fig = f.figures.find((x) => !x.eventCount && x.value >= rubric.alarmism.thresholds.largeNumber);
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
