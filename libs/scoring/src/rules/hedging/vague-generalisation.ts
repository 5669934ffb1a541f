import { Token, wordFact } from '../../lexicon/tokens';
import { defineRule, quote, signal } from '../rule';
import config from '../../../rubric/hedging/vague-generalisation.json';
import operations from '../../../rubric/alarmism/operations.json';
import peacock from '../../../rubric/hedging/peacock-adjectives.json';

/**
 * Vague generalisation ("many scholars", "is widely regarded", "best known for"): who or how many is
 * left unsaid. Neither a hedge nor an attribution, so it sets neither `hedged` nor a source; the
 * word classes and why they are closed are in rubric/hedging/vague-generalisation.json.
 */
export type GeneralisationKind = 'quantifier' | 'consensus' | 'reputation';

export interface Generalisation {
  kind: GeneralisationKind;
  /** Token range [first, last + 1). */
  token: number;
  length: number;
}

/** The word classes of rubric/hedging/vague-generalisation.json (the derivation script passes wider candidate classes). */
export interface GeneralisationClasses {
  quantifiers: string[];
  quantifierPhrases: string[][];
  consensusAdverbs: string[];
  reputationPhrases: string[][];
}

const NUMBER_WORDS = new Set(config.numberWords);
const NOT_QUANTIFIER_AFTER = new Set(config.notQuantifierAfter);
const SUPERLATIVE_CONTEXT = new Set(config.superlativeContext);
const PREDICATIVE_BEFORE = new Set(config.predicativeBefore);
const TIME_NOUNS = new Set(config.timeNouns);
// The incident vocabulary the alarmism rubric keeps for the same reading ("not alarm by itself"), plus this file's casualty words.
const EVENT_WORDS = new Set([
  ...config.eventWords,
  ...operations.terms.map((t) => t.replace(/^=/, '')).filter((t) => !t.includes(' ')),
]);
const EVENT_WINDOW = config.eventWindow;
const SPECIFIERS = indexPhrases(config.specifiers);
const SPECIFIER_WINDOW = config.specifierWindow;

const word = (tokens: readonly Token[], i: number): string => tokens[i]?.word ?? '';

/** Praise adjectives (peacock-adjectives.json): 'the most popular', 'Ireland's most prominent' rank with no judge named. */
const PEACOCK = new Set(peacock.terms);

/** Phrases by first word, each list in its class's order: a token is compared with the few phrases it can start. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    if (p.length === 0) throw new Error('vague-generalisation: a phrase needs at least one word');
    const list = index.get(p[0]) ?? [];
    list.push(p);
    index.set(p[0], list);
  }
  return index;
}

/**
 * Length of the first phrase of the class (in its order) that starts at token i, or 0. Indexed:
 * the plain scan tried all 23 reputation and quantifier phrases at every "a" and "the", most of the rule's time.
 */
function phraseAt(tokens: readonly Token[], i: number, phrases: PhraseIndex): number {
  const candidates = phrases.get(word(tokens, i));
  if (candidates === undefined) return 0;
  for (const p of candidates) {
    let k = 1;
    while (k < p.length && word(tokens, i + k) === p[k]) k++;
    if (k === p.length) return p.length;
  }
  return 0;
}

/** "some 40 people", "several hundred": an approximate figure, not a vague amount. */
const approximatesFigure = (next: string): boolean => /^\d/.test(next) || NUMBER_WORDS.has(next);

/** A count of an event's casualties or detainees ("many civilians were killed", "detained several suspects"). */
function countsEvent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - EVENT_WINDOW); k < Math.min(tokens.length, to + EVENT_WINDOW); k++)
    if (EVENT_WORDS.has(tokens[k].word)) return true;
  return false;
}

/** "various awards, including …", "several modes such as …": the writer goes on to name the members. */
function specified(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + SPECIFIER_WINDOW); k++)
    if (phraseAt(tokens, k, SPECIFIERS) > 0) return true;
  return false;
}

/** "most of", "most people": the quantifier; "the most", "most important" are superlatives. */
function quantifyingMost(tokens: readonly Token[], i: number): boolean {
  if (SUPERLATIVE_CONTEXT.has(word(tokens, i - 1))) return false;
  const next = word(tokens, i + 1);
  return next === 'of' || (/[^s]s$/.test(next) && !/(ous|ss|is|us)$/.test(next));
}

function quantifier(tokens: readonly Token[], i: number, length: number): boolean {
  const next = word(tokens, i + length);
  // "some 40 people" approximates a figure; "for several years" measures time, not people or views.
  if (next === '' || approximatesFigure(next) || TIME_NOUNS.has(next)) return false;
  if (NOT_QUANTIFIER_AFTER.has(word(tokens, i - 1)) && tokens[i].word !== 'most') return false;
  if (tokens[i].word === 'most' && !quantifyingMost(tokens, i)) return false;
  // "it is certain that": the adjective of certainty, not the determiner of "certain terms".
  if (tokens[i].word === 'certain' && PREDICATIVE_BEFORE.has(word(tokens, i - 1))) return false;
  // A title or name ("Many Rivers Down"): a capitalised quantifier followed by another capital.
  if (tokens[i].capitalised && i > 0 && tokens[i + length]?.capitalised) return false;
  return !countsEvent(tokens, i, i + length) && !specified(tokens, i + length);
}

/** A finder over the given word classes; `findGeneralisations` is the rubric's. */
export function generalisationFinder(classes: GeneralisationClasses): (tokens: readonly Token[]) => Generalisation[] {
  const quantifiers = new Set(classes.quantifiers);
  const consensus = new Set(classes.consensusAdverbs);
  // Every word a phrase can start with, so most tokens are rejected at once; asked once per distinct
  // word (a Set lookup per token was most of this rule's time).
  const starterSet = new Set([
    ...quantifiers,
    ...consensus,
    ...classes.quantifierPhrases.map((p) => p[0]),
    ...classes.reputationPhrases.map((p) => p[0]),
    'most',
  ]);
  const starts = wordFact((form) => starterSet.has(form.word));
  const reputationPhrases = indexPhrases(classes.reputationPhrases);
  const quantifierPhrases = indexPhrases(classes.quantifierPhrases);
  return (tokens) => {
    const out: Generalisation[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!starts(tokens[i])) continue;
      const w = tokens[i].word;
      if (consensus.has(w)) {
        out.push({ kind: 'consensus', token: i, length: 1 });
        continue;
      }
      const rep = phraseAt(tokens, i, reputationPhrases);
      if (rep > 0) {
        out.push({ kind: 'reputation', token: i, length: rep });
        i += rep - 1;
        continue;
      }
      if (w === 'most' && PEACOCK.has(word(tokens, i + 1))) {
        out.push({ kind: 'reputation', token: i, length: 2 });
        i++;
        continue;
      }
      const length = quantifiers.has(w) ? 1 : phraseAt(tokens, i, quantifierPhrases);
      if (length > 0 && quantifier(tokens, i, length)) {
        out.push({ kind: 'quantifier', token: i, length });
        i += length - 1;
      }
    }
    return out;
  };
}

export const findGeneralisations = generalisationFinder(config);

const REASONS: Record<GeneralisationKind, string> = {
  quantifier: 'a vague amount: how many, and which ones, is left unsaid',
  consensus: 'a view credited to an unnamed majority',
  reputation: 'a reputation credited to nobody in particular',
};

/** Explains, and feeds the weasel measure; weight 0 until a fit gives it one (rubric/hedging/vague-generalisation.json). */
export const vagueGeneralisation = defineRule({
  id: 'vague-generalisation',
  score: 'sourcingQuality',
  weights: [],
  signals: ['vague-generalisation'],
  apply(f) {
    const g = findGeneralisations(f.tokens)[0];
    if (!g) return [];
    const span: [number, number] = [f.tokens[g.token].start, f.tokens[g.token + g.length - 1].end];
    return [
      signal(
        'vague-generalisation',
        'sourcingQuality',
        0,
        span,
        `vague generalisation ("${quote(f, span)}"): ${REASONS[g.kind]}`,
      ),
    ];
  },
});
