import { defineRule, matchSpan, quote, signal } from '../rule';

/**
 * Certainty about future threats ("it is a matter of certainty", "will surely"). The critique:
 * whether such scenarios "will ever happen simply cannot be predicted".
 */
export const futureCertainty = defineRule({
  id: 'future-certainty',
  score: 'alarmism',
  weights: ['future-certainty'],
  signals: ['future-certainty'],
  apply(f, w) {
    const m = f.matches.futureCertainty[0];
    if (!m) return [];
    return [
      signal(
        'future-certainty',
        'alarmism',
        w['future-certainty'],
        matchSpan(m),
        `certainty about a future threat ("${quote(f, matchSpan(m))}")`,
      ),
    ];
  },
});
