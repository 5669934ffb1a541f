import absolutes from '../../../rubric/alarmism/absolutes.json';
import { defineRule } from '../rule';
import { gradedWordSignals, GradedWordList, plainWords } from './graded-words';
import { negated } from './negativity';

/**
 * Absolute claims ("never", "always", "everyone", "forever"; rubric/alarmism/absolutes.json): the
 * words by which exaggeration turns some into all and often into always. "Not always" is no
 * absolute (the rule's own, nearer negation test), and a word an intensifier or
 * hedge accounts for gives its reason there.
 */
const ABSOLUTES: GradedWordList<'absolute', 'absolute' | 'absolute-max'> = {
  id: 'absolute',
  words: plainWords(absolutes.words),
  cap: 'absolute-max',
  points: (_value, w) => w['absolute'],
  label: 'absolute claim',
  negated,
  accountedBy: ['intensifiers'],
};

export const absoluteClaims = defineRule({
  id: 'absolute',
  score: 'alarmism',
  weights: ['absolute', 'absolute-max'],
  signals: ['absolute'],
  apply: (f, w) => gradedWordSignals(f, w, ABSOLUTES),
});
