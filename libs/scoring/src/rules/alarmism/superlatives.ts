import superlatives from '../../../rubric/alarmism/superlatives.json';
import { AssertionFacts, defineRule } from '../rule';
import { negatedWithin } from './negativity';
import { gradedWordSignals, GradedWordList, plainWords } from './graded-words';

/**
 * Superlatives ("the deadliest", "the biggest ever", "the greatest"; rubric/alarmism/superlatives.json,
 * a closed grammatical class): exaggeration ranks a thing above all others. Superlatives of time,
 * age and position ("the latest", "the nearest") are not in the class. "Not the biggest" and "at best" do not count.
 */
/**
 * "at best", "at most": "at" with a bare superlative is a fixed limiting adverbial, which caps a claim rather than
 * ranking anything above all others; with a determiner ("at the highest level") the superlative ranks again.
 */
const limitingAt = (f: AssertionFacts, i: number): boolean => f.tokens[i - 1]?.word === 'at';

const SUPERLATIVES: GradedWordList<'superlative', 'superlative' | 'superlative-max'> = {
  id: 'superlative',
  words: plainWords(superlatives.words),
  negated: (f, i) => negatedWithin(f, i) || limitingAt(f, i),
  cap: 'superlative-max',
  points: (_value, w) => w['superlative'],
  label: 'superlative',
};

export const superlative = defineRule({
  id: 'superlative',
  score: 'alarmism',
  weights: ['superlative', 'superlative-max'],
  signals: ['superlative'],
  apply: (f, w) => gradedWordSignals(f, w, SUPERLATIVES),
});
