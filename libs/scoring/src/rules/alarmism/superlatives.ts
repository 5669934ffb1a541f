import superlatives from '../../../rubric/alarmism/superlatives.json';
import { defineRule } from '../rule';
import { gradedWordSignals, GradedWordList, plainWords } from './graded-words';

/**
 * Superlatives ("the deadliest", "the biggest ever", "the greatest"; rubric/alarmism/superlatives.json,
 * a closed grammatical class): exaggeration ranks a thing above all others. Superlatives of time,
 * age and position ("the latest", "the nearest") are not in the class. "Not the biggest" does not count.
 */
const SUPERLATIVES: GradedWordList<'superlative', 'superlative' | 'superlative-max'> = {
  id: 'superlative',
  words: plainWords(superlatives.words),
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
