import emotive from '../../../rubric/alarmism/emotive-words.json';
import { defineRule } from '../rule';
import { gradedWordSignals, GradedWordList, ratedWords } from './graded-words';

/**
 * Negative emotive words AFINN does not rate ("hysteria", "sinister", "slaughtered"; VADER's
 * ratings, rubric/alarmism/emotive-words.json): the same points for each word, the VADER rating
 * shown in the reason.
 */
export const EMOTIVE_WORDS = ratedWords(emotive.words as Record<string, number>);

const EMOTIVE: GradedWordList<'emotive-word', 'emotive-word' | 'emotive-word-max'> = {
  id: 'emotive-word',
  words: EMOTIVE_WORDS,
  cap: 'emotive-word-max',
  points: (_value, w) => w['emotive-word'],
  rating: (value) => `VADER ${value}`,
  label: 'emotive word',
};

export const emotiveWords = defineRule({
  id: 'emotive-word',
  score: 'alarmism',
  weights: ['emotive-word', 'emotive-word-max'],
  signals: ['emotive-word'],
  apply: (f, w) => gradedWordSignals(f, w, EMOTIVE),
});
