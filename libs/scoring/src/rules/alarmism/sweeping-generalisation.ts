import { defineRule, matchSpan, quote, signal } from '../rule';

/** Generalisations from incidents to whole regions or populations. */
export const sweepingGeneralisation = defineRule({
  id: 'sweeping-generalisation',
  score: 'alarmism',
  weights: ['sweeping-generalisation'],
  signals: ['sweeping-generalisation'],
  apply(f, w) {
    const m = f.matches.sweeping[0];
    if (!m) return [];
    return [
      signal(
        'sweeping-generalisation',
        'alarmism',
        w['sweeping-generalisation'],
        matchSpan(m),
        `sweeping generalisation ("${quote(f, matchSpan(m))}")`,
      ),
    ];
  },
});
