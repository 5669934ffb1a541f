import Sentiment from 'sentiment';
import { Rule, signal, wholeSpan } from '../rule';

const analyzer = new Sentiment();

/**
 * AFINN negativity (via `sentiment`) as one signal among others: emotive negative wording adds a
 * little, but a calm sentence about a bombing stays calm — topic words alone must not dominate.
 */
export const negativity: Rule = {
  id: 'negativity',
  score: 'alarmism',
  apply(f, rubric) {
    const r = analyzer.analyze(f.text);
    if (r.comparative > rubric.alarmism.thresholds.negativityComparative || r.score >= 0) return [];
    const w = rubric.alarmism.weights;
    const weight = Math.min(w['negativity-max'], Math.floor(-r.score / 3) * w['negativity-per-point']);
    if (weight <= 0) return [];
    return [signal('negativity', 'alarmism', weight, wholeSpan(f), `negative wording (AFINN ${r.score}: ${r.negative.slice(0, 4).join(', ')})`)];
  },
};
