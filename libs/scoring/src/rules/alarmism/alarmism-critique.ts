import { LexiconMatch } from '../../lexicon/lexicon';
import { Rubric } from '../../rubric';
import { Signal } from '../../types';
import { AssertionFacts, matchSpan, quote, signal, weightsOf } from '../rule';

/** What the critique reads and emits, declared as a Rule's are: it runs after the rules, on their signals, so it is not one. */
export const CRITIQUE = {
  id: 'alarmism-critique',
  score: 'alarmism',
  weights: ['alarmism-critique'],
  signals: ['alarmism-critique'],
} as const;

/**
 * A sentence that criticises alarmism ("exaggerated alarmism", "bogeyman", "blown out of
 * proportion") is not alarmist, though it names threats. Applied after the other rules: it
 * cancels whatever they added, so the sentence lands at or below the base.
 */
export function alarmismCritique(
  f: AssertionFacts,
  rubric: Rubric,
  others: readonly Signal[],
): Signal<'alarmism-critique'>[] {
  const m: LexiconMatch | undefined = f.matches.alarmismCritique[0];
  if (!m) return [];
  const added = others.filter((s) => s.score === 'alarmism' && s.weight > 0).reduce((sum, s) => sum + s.weight, 0);
  const weight = Math.min(-added, 0) + weightsOf(rubric, 'alarmism', CRITIQUE.weights)['alarmism-critique'] / 4;
  return [
    signal(
      'alarmism-critique',
      'alarmism',
      Math.round(weight),
      matchSpan(m),
      `criticises threat inflation ("${quote(f, matchSpan(m))}"), so its threat words do not count`,
    ),
  ];
}
