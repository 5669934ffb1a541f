import loaded from '../../../rubric/alarmism/loaded-words.json';
import { defineRule } from '../rule';
import { gradedWordSignals, GradedWordList, ratedWords } from './graded-words';

/**
 * Negative loaded words neither AFINN nor VADER rates ("despicable", "demonic", "scurrilous",
 * "thugs"; ML-SentiCon, rubric/alarmism/loaded-words.json), graded: a word's points are the
 * per-polarity weight times its SentiCon polarity, so "despicable" (−1) weighs twice "gloomy"
 * (−0.5) and a line of strong words outranks a line of mild ones instead of tying.
 */
const LOADED: GradedWordList<'loaded-word', 'loaded-word-per-polarity' | 'loaded-word-max'> = {
  id: 'loaded-word',
  words: ratedWords(loaded.words as Record<string, number>),
  cap: 'loaded-word-max',
  points: (polarity, w) => -polarity * w['loaded-word-per-polarity'],
  rating: (polarity) => `SentiCon ${polarity}`,
  label: 'loaded word',
};

export const loadedWords = defineRule({
  id: 'loaded-word',
  score: 'alarmism',
  weights: ['loaded-word-per-polarity', 'loaded-word-max'],
  signals: ['loaded-word'],
  apply: (f, w) => gradedWordSignals(f, w, LOADED),
});
