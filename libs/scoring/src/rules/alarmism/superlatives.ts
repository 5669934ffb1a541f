import superlatives from '../../../rubric/alarmism/superlatives.json';
import { AssertionFacts, defineRule } from '../rule';
import { negatedWithin } from './negativity';
import { gradedWordSignals, GradedWordList, plainWords } from './graded-words';
import { isMostlyAdjective } from '../../attribution/lexicon';
import { POSSESSIVE_DETERMINERS } from '../../attribution/words';

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

/**
 * "the most serious threat", "the region's most dangerous group": "most" before an adjective after a determiner or a
 * possessive is the periphrastic superlative (Quirk et al. 1985 §7.74), the same rank as "the deadliest"; elsewhere
 * it is the quantifier the class leaves out ("most of the fighters", "most analysts").
 */
function periphrastic(f: AssertionFacts, i: number): boolean {
  const before = f.tokens[i - 1];
  const after = f.tokens[i + 1];
  if (!before || !after) return false;
  const determined = before.word === 'the' || /['’]s$/.test(before.word) || POSSESSIVE_DETERMINERS.has(before.word);
  return determined && isMostlyAdjective(after.word) && !QUANTIFIED.has(after.word);
}
/** Adjectives after "the most" that quantify rather than rank ("the most recent", "the most likely" is a hedge's). */
const QUANTIFIED = new Set(['recent', 'likely', 'common', 'frequent', 'important']);

const SUPERLATIVES: GradedWordList<'superlative', 'superlative' | 'superlative-max'> = {
  id: 'superlative',
  words: plainWords([...superlatives.words, 'most']),
  negated: (f, i) => negatedWithin(f, i) || limitingAt(f, i) || (f.tokens[i].word === 'most' && !periphrastic(f, i)),
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
