import { LexiconMatch } from '../../lexicon/lexicon';
import { clauseBreakBetween, negatedWithin } from '../alarmism/negativity';
import { CLAUSE_OPENERS, negatedBySubject } from '../../attribution/negative-subject';
import { deniesSupportAt, isVerificationWord } from '../hedging/senses';
import { AssertionFacts, defineRule, matchSpan, quote, signal } from '../rule';

/** Words between evidence and the verb group that denies it: "The footage | of the raid has not been | authenticated". */
const PREDICATE_REACH = 6;

/**
 * Evidence the sentence says is missing or unconfirmed is not evidence cited: "provided no documents", "without
 * footage", "could not be independently verified" (a hedge on the match itself: the hedge stage reads negated and
 * obstructed verification frames), "None of the claims was verified by …", evidence whose own verb group denies
 * it ("The footage has not been authenticated"), and evidence a claim is said to lack ("not backed by any documents").
 */
function denied(f: AssertionFacts, m: LexiconMatch): boolean {
  if (negatedWithin(f, m.token) || negatedBySubject((k) => f.tokens[k]?.word ?? null, m.token)) return true;
  const after = m.token + m.length;
  for (const h of f.hedges) {
    if (deniesSupportAt(h, m.token)) return true;
    if (!isVerificationWord(f.tokens[h.token].word)) continue;
    if (h.token < after && h.token + h.length > m.token) return true;
    if (h.token >= after && h.token - after <= PREDICATE_REACH && !breakBetween(f, after - 1, h.token)) return true;
  }
  return false;
}

/**
 * A , ; : or a conjunction or relative word between tokens `from` and `to`: the verb group is another clause's. A
 * relative right after the evidence says something of the evidence itself ("official figures that could not be
 * verified", "the footage, which has not been authenticated,").
 */
function breakBetween(f: AssertionFacts, from: number, to: number): boolean {
  const relative = from + 1 < f.tokens.length && /^(?:that|which)$/.test(f.tokens[from + 1].word);
  for (let k = from; k < to; k++) {
    if (clauseBreakBetween(f, k) && !(k === from && relative)) return true;
    if (k > from && CLAUSE_OPENERS.has(f.tokens[k].word) && !(k === from + 1 && relative)) return true;
  }
  return false;
}

/** Evidence cited (documents, footage, independent confirmation) rather than bare assertion. */
export const evidenceCited = defineRule({
  id: 'evidence-cited',
  score: 'sourcingQuality',
  weights: ['evidence-cited'],
  signals: ['evidence-cited'],
  apply(f, w) {
    const m = f.matches.evidence.find((x) => !denied(f, x));
    if (!m) return [];
    const span = matchSpan(m);
    return [
      signal('evidence-cited', 'sourcingQuality', w['evidence-cited'], span, `cites evidence ("${quote(f, span)}")`),
    ];
  },
});
