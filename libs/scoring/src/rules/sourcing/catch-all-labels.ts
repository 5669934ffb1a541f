import { defineRule, matchSpan, quote, signal } from '../rule';

/**
 * Catch-all group labels ("terror networks", "jihadists", "the nexus") stand in for an identified
 * actor; Stratfor, quoted in the critique, warns that "convenient labels like IMU frequently mask
 * real shifts and complexities". Not in a sentence that criticises alarmism or talks about labels to question them
 * ("the authorities routinely label critics as extremists"), as for ethnic labels (label-critique.json).
 */
export const catchAllLabels = defineRule({
  id: 'catch-all-label',
  score: 'sourcingQuality',
  weights: ['catch-all-label'],
  signals: ['catch-all-label'],
  apply(f, w) {
    if (f.matches.alarmismCritique.length > 0 || f.matches.labelCritique.length > 0) return [];
    const m = f.matches.catchAll[0];
    if (!m) return [];
    const span = matchSpan(m);
    return [
      signal(
        'catch-all-label',
        'sourcingQuality',
        w['catch-all-label'],
        span,
        `catch-all label ("${quote(f, span)}") instead of an identified group`,
      ),
    ];
  },
});
