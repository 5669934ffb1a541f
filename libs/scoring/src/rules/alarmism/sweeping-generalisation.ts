import { matchSpan, quote, Rule, signal } from '../rule';

/** Generalisations from incidents to whole regions or populations. */
export const sweepingGeneralisation: Rule = {
  id: 'sweeping-generalisation',
  score: 'alarmism',
  apply(f, rubric) {
    const m = f.matches.sweeping[0];
    if (!m) return [];
    return [signal('sweeping-generalisation', 'alarmism', rubric.alarmism.weights['sweeping-generalisation'], matchSpan(m), `sweeping generalisation ("${quote(f, matchSpan(m))}")`)];
  },
};
