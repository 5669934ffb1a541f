import { matchSpan, quote, Rule, signal } from '../rule';

/**
 * Certainty about future threats ("it is a matter of certainty", "will surely"). The critique:
 * whether such scenarios "will ever happen simply cannot be predicted".
 */
export const futureCertainty: Rule = {
  id: 'future-certainty',
  score: 'alarmism',
  apply(f, rubric) {
    const m = f.matches.futureCertainty[0];
    if (!m) return [];
    return [signal('future-certainty', 'alarmism', rubric.alarmism.weights['future-certainty'], matchSpan(m), `certainty about a future threat ("${quote(f, matchSpan(m))}")`)];
  },
};
