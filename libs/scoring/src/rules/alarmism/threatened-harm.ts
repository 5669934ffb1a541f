import harm from '../../../rubric/alarmism/harm-verbs.json';
import { wordFact } from '../../lexicon/tokens';
import { Signal } from '../../types';
import { AssertionFacts, defineRule, quote, signal } from '../rule';
import { negatedWithin } from './negativity';
import { INTERVENING_ADVERBS } from '../../attribution/words';

/** Modal auxiliaries and the infinitive marker: harm after them is possible or intended, not reported. */
const IRREALIS = new Set(['will', 'would', 'could', 'might', 'may', 'must', 'can', 'shall', "'ll", 'should', 'to']);
const BASE = new Set<string>(harm.base);
const PARTICIPLES = new Set<string>(harm.participles);
/** Which harm-verb forms a word is (bits below), asked once per distinct word rather than two Set lookups per token. */
const IS_BASE = 1;
const IS_PARTICIPLE = 2;
const harmForm = wordFact(
  (form) => (BASE.has(form.word) ? IS_BASE : 0) | (PARTICIPLES.has(form.word) ? IS_PARTICIPLE : 0),
);

/** Adverbs that may stand inside the verb group, between a modal and its verb ("could soon overrun", "will eventually attack"). */
const MAX_INNER_ADVERBS = 2;
const isInnerAdverb = (word: string): boolean =>
  INTERVENING_ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'));

/** Index of the word before token `k` once adverbs inside the verb group are passed over (-1 at the start). */
function beforeAdverbs(f: AssertionFacts, k: number): number {
  let j = k - 1;
  for (let n = 0; n < MAX_INNER_ADVERBS && j >= 0 && isInnerAdverb(f.tokens[j].word); n++) j--;
  return j;
}

/**
 * "could kill", "seeks to destroy", "could soon overrun" (base form after a modal or 'to'); "will be attacked", "to be
 * slain" (participle after one plus be). The index returned is the modal's, or -1 when the verb is not so framed.
 */
function framedAt(f: AssertionFacts, i: number): number {
  const kind = harmForm(f.tokens[i]);
  if (kind === 0) return -1;
  const p = beforeAdverbs(f, i);
  const prev = f.tokens[p]?.word;
  if (prev === undefined) return -1;
  if (kind & IS_BASE && IRREALIS.has(prev)) return p;
  if ((kind & IS_PARTICIPLE) === 0 || (prev !== 'be' && prev !== 'been')) return -1;
  const modal = beforeAdverbs(f, p);
  return IRREALIS.has(f.tokens[modal]?.word ?? '') ? modal : -1;
}

/**
 * Harm threatened rather than reported: a verb of doing harm (rubric/alarmism/harm-verbs.json,
 * Levin's murder, destroy and hurt classes) after a modal or the infinitive marker, adverbs inside the verb group
 * passed over ("could kill", "could soon overrun",
 * "seeks to destroy", "will be attacked"). A report says what happened ("killed two", which the
 * operations class keeps calm); appeal to fear says what may happen. One signal per sentence; a
 * denied threat ("will not attack", negation three words back, same clause) does not count.
 */
export const threatenedHarm = defineRule({
  id: 'threatened-harm',
  score: 'alarmism',
  weights: ['threatened-harm'],
  signals: ['threatened-harm'],
  apply(f, w) {
    const out: Signal<'threatened-harm'>[] = [];
    for (let i = 1; i < f.tokens.length; i++) {
      const modal = framedAt(f, i);
      if (modal < 0 || negatedWithin(f, i)) continue;
      const span: [number, number] = [f.tokens[modal].start, f.tokens[i].end];
      out.push(
        signal(
          'threatened-harm',
          'alarmism',
          w['threatened-harm'],
          span,
          `harm threatened, not reported: "${quote(f, span)}"`,
        ),
      );
      break;
    }
    return out;
  },
});
