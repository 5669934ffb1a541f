import { defineRule, quote, signal } from '../rule';

const RATIO = 1.5;

/**
 * Estimates that contradict another estimate in the same text. The critique on the OSCE report:
 * "estimated 2000 fighters" in one place, "only 600 IMU fighters" in another — "it skates on thin
 * ice with its estimates". Casualty and detention counts of single events are not estimates.
 */
export const contradictingEstimates = defineRule({
  id: 'contradicting-estimate',
  score: 'sourcingQuality',
  weights: ['contradicting-estimate'],
  signals: ['contradicting-estimate'],
  apply(f, w) {
    for (const fig of f.figures) {
      if (fig.eventCount) continue;
      const others = f.documentEstimates.get(fig.noun) ?? [];
      const clash = others.find(
        (o) =>
          o.assertion !== f.index && Math.max(o.value, fig.value) / Math.max(1, Math.min(o.value, fig.value)) >= RATIO,
      );
      if (clash) {
        return [
          signal(
            'contradicting-estimate',
            'sourcingQuality',
            w['contradicting-estimate'],
            fig.span,
            `estimate "${quote(f, fig.span)}" contradicts an estimate of ${clash.value} elsewhere in the text`,
          ),
        ];
      }
    }
    return [];
  },
});
