import { matchSpan, Rule, signal } from '../rule';
import { Signal } from '../../types';

/**
 * Hedges and de-escalating qualifiers ("seems low", "no evidence", "difficult to confirm") scale
 * a claim to its evidence and lower alarmism, as in the critique's own conclusion.
 */
export const deEscalation: Rule = {
  id: 'de-escalation',
  score: 'alarmism',
  apply(f, rubric) {
    const w = rubric.alarmism.weights;
    const out: Signal[] = f.matches.deEscalation
      .slice(0, 2)
      .map((m) => signal('de-escalation', 'alarmism', w['de-escalation'], matchSpan(m), `de-escalating qualifier "${m.term}"`));
    if (f.hedges.length > 0) {
      out.push(signal('hedge-distance', 'alarmism', w['hedge-distance'], matchSpan(f.hedges[0]), `claim is hedged ("${f.hedges[0].term}")`));
    }
    return out;
  },
};
