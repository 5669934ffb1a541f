import { matchSpan, quote, Rule, signal } from '../rule';

/**
 * Catch-all group labels ("terror networks", "jihadists", "the nexus") stand in for an identified
 * actor; Stratfor, quoted in the critique, warns that "convenient labels like IMU frequently mask
 * real shifts and complexities".
 */
export const catchAllLabels: Rule = {
  id: 'catch-all-label',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if ((f.matches.alarmismCritique.length > 0)) return [];
    const m = f.matches.catchAll[0];
    if (!m) return [];
    const span = matchSpan(m);
    return [signal('catch-all-label', 'sourcingQuality', rubric.sourcingQuality.weights['catch-all-label'], span, `catch-all label ("${quote(f, span)}") instead of an identified group`)];
  },
};
