import { matchSpan, Rule, signal } from '../rule';
import { Signal } from '../../types';

/**
 * Threat-inflating metaphors ("hotbed", "infested", "tentacles", "wave of attacks") and stacked
 * threat-emphasising words: the critique's "high doses of self-serving alarmism".
 */
export const threatVocabulary: Rule = {
  id: 'threat-vocabulary',
  score: 'alarmism',
  apply(f, rubric) {
    const w = rubric.alarmism.weights;
    const out: Signal[] = [];
    const metaphors = f.matches.threatMetaphors;
    for (const m of metaphors) out.push(signal('threat-metaphor', 'alarmism', w['threat-metaphor'], matchSpan(m), `threat-inflating metaphor "${m.term}"`));
    const emphasis = f.matches.threatEmphasis;
    let budget = w['threat-emphasis-max'];
    for (const m of emphasis) {
      if (budget <= 0) break;
      const weight = Math.min(budget, w['threat-emphasis']);
      budget -= weight;
      out.push(signal('threat-emphasis', 'alarmism', weight, matchSpan(m), `threat-emphasising word "${m.term}"`));
    }
    return out;
  },
};
