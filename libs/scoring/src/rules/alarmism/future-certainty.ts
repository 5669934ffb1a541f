import { LexiconMatch } from '../../lexicon/lexicon';
import { wordFact } from '../../lexicon/tokens';
import { LexiconName } from '../../rubric';
import { AssertionFacts, defineRule, matchSpan, quote, signal } from '../rule';
import { EMOTIVE_WORDS } from './emotive-words';
import { afinnRating } from './negativity';

const emotiveNegative = wordFact((form) => (EMOTIVE_WORDS.get(form.word) ?? 0) < 0);

/**
 * The sentence holds a negative word (AFINN, or VADER's emotive-words.json) outside the certainty phrase itself: what
 * it predicts is bad. "doubt" in "there is no doubt that" is AFINN -1 and says nothing of what is predicted.
 */
function saysSomethingBad(f: AssertionFacts, phrase: LexiconMatch): boolean {
  for (let i = 0; i < f.tokens.length; i++) {
    if (i >= phrase.token && i < phrase.token + phrase.length) continue;
    const rating = afinnRating(f.tokens[i]);
    if ((rating !== null && rating < 0) || emotiveNegative(f.tokens[i])) return true;
  }
  return false;
}

/** Lexicons whose match makes a sentence about a threat. */
const THREAT_LEXICONS: readonly LexiconName[] = [
  'threatActors',
  'topicNouns',
  'threatEmphasis',
  'threatMetaphors',
  'escalation',
  'operations',
  'threatClaims',
];

/**
 * Certainty about future threats ("it is a matter of certainty", "will surely"). The critique:
 * whether such scenarios "will ever happen simply cannot be predicted". Only about a threat: the
 * sentence must name one (a threat actor or topic, a threat word, metaphor or escalation, an attack)
 * or say something bad (an AFINN or VADER negative word: "adverse", "chaos"), so "the deal will lead to more
 * trade" and "the sides are on the verge of signing" are no alarm.
 */
export const futureCertainty = defineRule({
  id: 'future-certainty',
  score: 'alarmism',
  weights: ['future-certainty'],
  signals: ['future-certainty'],
  apply(f, w) {
    const m = f.matches.futureCertainty[0];
    if (!m || !(THREAT_LEXICONS.some((name) => f.matches[name].length > 0) || saysSomethingBad(f, m))) return [];
    return [
      signal(
        'future-certainty',
        'alarmism',
        w['future-certainty'],
        matchSpan(m),
        `certainty about a future threat ("${quote(f, matchSpan(m))}")`,
      ),
    ];
  },
});
