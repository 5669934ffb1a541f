import harm from '../../../rubric/alarmism/harm-verbs.json';
import { wordFact } from '../../lexicon/tokens';
import { Signal } from '../../types';
import { AssertionFacts, defineRule, quote, signal } from '../rule';
import { negatedWithin } from './negativity';

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

/** "could kill", "seeks to destroy" (base form after a modal or 'to'); "will be attacked", "to be slain" (participle after one plus be). */
function framedAt(f: AssertionFacts, i: number): boolean {
  const kind = harmForm(f.tokens[i]);
  if (kind === 0) return false;
  const prev = f.tokens[i - 1]?.word;
  if (prev === undefined) return false;
  if (kind & IS_BASE && IRREALIS.has(prev)) return true;
  return (
    (kind & IS_PARTICIPLE) !== 0 && (prev === 'be' || prev === 'been') && IRREALIS.has(f.tokens[i - 2]?.word ?? '')
  );
}

/**
 * Harm threatened rather than reported: a verb of doing harm (rubric/alarmism/harm-verbs.json,
 * Levin's murder, destroy and hurt classes) after a modal or the infinitive marker ("could kill",
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
      if (!framedAt(f, i) || negatedWithin(f, i)) continue;
      const span: [number, number] = [f.tokens[i - 1].start, f.tokens[i].end];
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
