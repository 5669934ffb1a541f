import absolutes from '../../../rubric/alarmism/absolutes.json';
import { defineRule } from '../rule';
import { gradedWordSignals, GradedWordList, plainWords } from './graded-words';
import { isVerificationWord } from '../hedging/senses';
import { AssertionFacts } from '../rule';
import { negated } from './negativity';

/** Words from a negator to the verification word it negates: "never | has been | confirmed". */
const VERIFICATION_REACH = 4;

/**
 * "has never been confirmed", "nobody has verified", "none of it was corroborated": the absolute is the negation of a
 * verification, a claim about sourcing (the hedge or evidence rule gives its reason), not an exaggeration of the
 * threat.
 */
function negatesVerification(f: AssertionFacts, i: number): boolean {
  for (let k = i + 1; k < f.tokens.length && k - i <= VERIFICATION_REACH; k++)
    if (isVerificationWord(f.tokens[k].word)) return true;
  return false;
}

/**
 * Absolute claims ("never", "always", "everyone", "forever"; rubric/alarmism/absolutes.json): the
 * words by which exaggeration turns some into all and often into always. "Not always" is no
 * absolute (the rule's own, nearer negation test), nor is the negator of an unconfirmed
 * verification ("has never been confirmed"), and a word an intensifier or hedge accounts for gives
 * its reason there.
 */
const ABSOLUTES: GradedWordList<'absolute', 'absolute' | 'absolute-max'> = {
  id: 'absolute',
  words: plainWords(absolutes.words),
  cap: 'absolute-max',
  points: (_value, w) => w['absolute'],
  label: 'absolute claim',
  negated: (f, i) => negated(f, i) || negatesVerification(f, i),
  accountedBy: ['intensifiers'],
};

export const absoluteClaims = defineRule({
  id: 'absolute',
  score: 'alarmism',
  weights: ['absolute', 'absolute-max'],
  signals: ['absolute'],
  apply: (f, w) => gradedWordSignals(f, w, ABSOLUTES),
});
