import emotive from '../../../rubric/alarmism/emotive-words.json';
import { Rule } from '../rule';
import { gradedWordSignals, GradedWordList, ratedWords } from './graded-words';

/**
 * Negative emotive words AFINN does not rate ("hysteria", "sinister", "slaughtered"; VADER's
 * ratings, rubric/alarmism/emotive-words.json): the same points for each word, the VADER rating
 * shown in the reason.
 */
const EMOTIVE: GradedWordList = {
  id: 'emotive-word',
  words: ratedWords(emotive.words as Record<string, number>),
  points: (_value, w) => w['emotive-word'],
  rating: (value) => `VADER ${value}`,
  label: 'emotive word',
};

export const emotiveWords: Rule = {
  id: 'emotive-word',
  score: 'alarmism',
  apply: (f, rubric) => gradedWordSignals(f, rubric, EMOTIVE),
};
