import loaded from '../../../rubric/alarmism/loaded-words.json';
import { Rule } from '../rule';
import { gradedWordSignals, GradedWordList, ratedWords } from './graded-words';

/**
 * Negative loaded words neither AFINN nor VADER rates ("despicable", "demonic", "scurrilous",
 * "thugs"; ML-SentiCon, rubric/alarmism/loaded-words.json), graded: a word's points are the
 * per-polarity weight times its SentiCon polarity, so "despicable" (−1) weighs twice "gloomy"
 * (−0.5) and a line of strong words outranks a line of mild ones instead of tying.
 */
const LOADED: GradedWordList = {
  id: 'loaded-word',
  words: ratedWords(loaded.words as Record<string, number>),
  points: (polarity, w) => -polarity * w['loaded-word-per-polarity'],
  rating: (polarity) => `SentiCon ${polarity}`,
  label: 'loaded word',
};

export const loadedWords: Rule = {
  id: 'loaded-word',
  score: 'alarmism',
  apply: (f, rubric) => gradedWordSignals(f, rubric, LOADED),
};
