import harm from '../../../rubric/alarmism/harm-verbs.json';
import { wordFact, type Token } from '../../lexicon/tokens';
import { lookupOrganisation, ROLES } from '../../attribution/lexicon';
import { Signal } from '../../types';
import { AssertionFacts, defineRule, insideAny, quote, signal } from '../rule';
import { clauseBreakBetween, negatedWithin } from './negativity';
import { INTERVENING_ADVERBS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../../attribution/words';

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

/** Roles of the state's armed bodies typed official rather than military in role-nouns.json. */
const STATE_FORCES = new Set(['police', 'army']);

/** A state's or the coalition's force: "forces", "troops", "police", "army", or a gazetteer acronym ("ISAF", "ANSF"). */
function isForce(f: AssertionFacts, t: Token): boolean {
  const role = ROLES.get(t.word);
  if (role) return role.type === 'military' || STATE_FORCES.has(t.word);
  if (!t.capitalised) return false;
  const org = lookupOrganisation(f.text.slice(t.start - f.start, t.end - f.start));
  return org?.type === 'military' || org?.type === 'official';
}

/**
 * Whether the token at k names who acts: a force (true), or anyone else, a threat actor, another role, a pronoun or a
 * name (false); null when it names no one.
 */
function actorIsForce(f: AssertionFacts, k: number): boolean | null {
  const t = f.tokens[k];
  if (insideAny(f.matches.threatActors, t)) return false;
  if (isForce(f, t)) return true;
  if (ROLES.has(t.word) || SUBJECT_PRONOUNS.has(t.word) || (t.capitalised && k > 0)) return false;
  return null;
}

/**
 * The harm is a force's own operation, which an incident report narrates ("the security force used air assets to
 * attack the insurgents", "the cache will be destroyed by ANSF personnel"): in the verb group's clause, the nearest
 * one named before it is a state's or the coalition's force, or the passive's "by" phrase names one. The rule
 * for incident reports: operational verbs are not alarm by themselves.
 */
function forcesOwnAct(f: AssertionFacts, modal: number, verb: number): boolean {
  const cue = f.attribution?.cueSpan;
  for (let k = modal - 1; k >= 0 && !clauseBreakBetween(f, k); k--) {
    // "whose cell was planning to attack", "an officer said the gang would kill": the verb group has a clause of its own.
    if (RELATIVE_PRONOUNS.has(f.tokens[k].word) || (cue && f.tokens[k].start >= cue[0] && f.tokens[k].end <= cue[1]))
      return false;
    const force = actorIsForce(f, k);
    if (force !== null) return force;
  }
  if (f.tokens[verb + 1]?.word !== 'by') return false;
  for (let k = verb + 2; k < Math.min(f.tokens.length, verb + 7); k++) {
    const force = actorIsForce(f, k);
    if (force !== null) return force;
  }
  return false;
}

/**
 * Harm threatened rather than reported: a verb of doing harm (rubric/alarmism/harm-verbs.json,
 * Levin's murder, destroy and hurt classes) after a modal or the infinitive marker, adverbs inside the verb group
 * passed over ("could kill", "could soon overrun",
 * "seeks to destroy", "will be attacked"). A report says what happened ("killed two", which the
 * operations class keeps calm); appeal to fear says what may happen. One signal per sentence; a
 * denied threat ("will not attack", negation three words back, same clause) does not count, nor does
 * a force's own operation (see forcesOwnAct).
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
      if (modal < 0 || negatedWithin(f, i) || forcesOwnAct(f, modal, i)) continue;
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
