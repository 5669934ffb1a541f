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

/**
 * Index of the comparative a "than" at `than` completes ("stronger than", "more dangerous than", "worse than"), or -1.
 * "rather than", "other than" compare nothing; "more than" alone compares amounts ("now more than ever", "more than
 * 100"), and a comparison downwards ("less likely than ever") diminishes.
 */
function comparativeBefore(f: AssertionFacts, than: number): number {
  const prev = f.tokens[than - 1]?.word ?? '';
  if (IRREGULAR_COMPARATIVES.has(prev)) return than - 1;
  if (/^\p{L}{2,}er$/u.test(prev) && !NOT_COMPARATIVE.has(prev)) return than - 1;
  return f.tokens[than - 2]?.word === 'more' && isMostlyAdjective(prev) ? than - 2 : -1;
}
const IRREGULAR_COMPARATIVES = new Set(['worse', 'better', 'further', 'farther']);
const NOT_COMPARATIVE = new Set(['rather', 'other', 'whether', 'either', 'neither', 'over', 'under', 'after', 'never']);

/**
 * "stronger than ever", "more dangerous than ever before", "bigger than any other": a comparative against a universal
 * standard ranks a thing above every other time or thing, the superlative's meaning (Quirk et al. 1985 §7.82, the
 * comparative with "ever" and "any"). "ever" and "any" count only there, and the signal quotes the whole comparison.
 */
function universalComparison(f: AssertionFacts, i: number): number {
  const w = f.tokens[i].word;
  if ((w !== 'ever' && w !== 'any') || f.tokens[i - 1]?.word !== 'than') return -1;
  if (w === 'any' && !/^(?:other|others|time|one|previous|point)$/.test(f.tokens[i + 1]?.word ?? '')) return -1;
  return comparativeBefore(f, i - 1);
}

const SUPERLATIVES: GradedWordList<'superlative', 'superlative' | 'superlative-max'> = {
  id: 'superlative',
  words: plainWords([...superlatives.words, 'most', 'ever', 'any']),
  negated: (f, i) =>
    negatedWithin(f, i) ||
    limitingAt(f, i) ||
    (f.tokens[i].word === 'most' && !periphrastic(f, i)) ||
    ((f.tokens[i].word === 'ever' || f.tokens[i].word === 'any') && universalComparison(f, i) < 0),
  spanOf: (f, i) => {
    const from = universalComparison(f, i);
    const end = f.tokens[i].word === 'any' ? f.tokens[i + 1] : f.tokens[i];
    return from < 0 ? [f.tokens[i].start, f.tokens[i].end] : [f.tokens[from].start, end.end];
  },
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
