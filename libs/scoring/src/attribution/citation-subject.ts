/**
 * The author-date citation as a subject: "Zenn et al. (2018) identify four factions", "Lemon (2016) traces the
 * charges to …". In scholarly prose (APA and Harvard styles) a cited author followed by the citation's year and a verb
 * reports the cited work, whatever the verb is: the construction, not the verb, marks the report, as the quotative
 * frame does for direct speech (quotative.ts). Think-tank briefs cite this way, and their verbs of analysis
 * ("identify", "trace", "map", "list", "document") are too many and too rare for any frequency list of reporting cues.
 */
import type { Token } from './tokens';
import { backwardNP, isProper, type Range } from './noun-phrase';
import { parentheticalStart, subjectOf } from './cue-helpers';
import { isPreposition } from './lexicon';
import {
  AUXILIARIES,
  BE_FORMS,
  DETERMINERS,
  INTERVENING_ADVERBS,
  LEADING_CONNECTIVES,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
} from './words';

/** A year in brackets, with an optional letter and page ("(2018)", "(2019b)", "(2014, p. 12)"): cheap to test first. */
export const CITATION_PREFILTER =
  /\(\s*(?:1[89]|20)\d\d[a-z]?(?:\s*[,:]\s*(?:pp?\.\s*)?[\dxvi]+(?:[–-][\dxvi]+)?)?\s*\)/;

const YEAR = /^(?:1[89]|20)\d\d[a-z]?$/;

/**
 * Closed-class words that can follow a citation without being its verb, beside the prepositions and subordinators
 * (`isPreposition`, the tagger lexicon's IN class) and the relative words: coordinators, "to", "when", "where", and the
 * "also" and "et al." of a citation itself ("Tucker (2019) and Lemon (2016) argue").
 */
const NOT_A_VERB = new Set(['and', 'or', 'but', 'nor', 'to', 'when', 'where', 'also', 'et', 'al']);

/** A lower-case word the citation's subject can take as its verb: no closed-class word, no number. */
function verbLike(t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    !t.cap &&
    /^\p{Ll}+$/u.test(t.lower) &&
    !NOT_A_VERB.has(t.lower) &&
    !isPreposition(t.lower) &&
    !RELATIVE_PRONOUNS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !SUBJECT_PRONOUNS.has(t.lower) &&
    // "Kabul (2001) is …": a copula or an auxiliary describes; it reports nothing.
    !BE_FORMS.has(t.lower) &&
    !AUXILIARIES.has(t.lower)
  );
}

/**
 * Scholarly prose reports a cited work in the present or the present perfect ("Lemon (2016) traces", "Zenn et al.
 * (2018) identify", "Tucker (2019) has shown"); a past tense after a name and a year narrates ("Operation Enduring
 * Freedom (2001) ended …"), so it does not count here (a reporting verb in the past is a cue anyway). A plural subject
 * takes the base form, a singular one the -s form.
 */
function presentVerb(tokens: Token[], v: number, plural: boolean): boolean {
  const w = tokens[v].lower;
  if (/(?:ed|ing)$/.test(w)) return false;
  return plural ? !/[^s]s$/.test(w) : /[^su]s$/.test(w);
}

/** The subject opens its clause: the sentence's start, after a comma, colon or connective ("However, Zenn et al. …"). */
function opensAt(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.text === ',' || prev.text === ':' || LEADING_CONNECTIVES.has(prev.lower);
}

/** Index of "et" in "Zenn et al. (2018)" right before the bracket at `open`, or -1. */
function etAlStart(tokens: Token[], open: number): number {
  const k = tokens[open - 1]?.text === '.' ? open - 2 : open - 1;
  return tokens[k]?.lower === 'al' && tokens[k - 1]?.lower === 'et' ? k - 1 : -1;
}

/** The cited subject and the verb it takes, or null. */
export function citationSubject(tokens: Token[]): { source: Range; cue: number } | null {
  for (let open = 1; open < tokens.length - 3; open++) {
    if (tokens[open].text !== '(' || !YEAR.test(tokens[open + 1].lower)) continue;
    let close = open + 2;
    while (close < tokens.length && close <= open + 8 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text !== ')') continue;
    // "Zenn et al. (2018) also identify", "Lemon (2016) has shown": adverbs and a perfect's auxiliary before the verb.
    let v = close + 1;
    while (v < tokens.length && SKIPPED_ADVERBS.has(tokens[v].lower)) v++;
    const perfect = tokens[v]?.lower === 'has' || tokens[v]?.lower === 'have';
    if (perfect) v++;
    while (v < tokens.length && SKIPPED_ADVERBS.has(tokens[v].lower)) v++;
    if (!verbLike(tokens[v])) continue;
    const etAl = etAlStart(tokens, open);
    if (etAl > 0) {
      // "et al." closes the names, which backwardNP would not read past.
      const names = backwardNP(tokens, etAl - 1);
      if (
        names &&
        names[1] === etAl &&
        isProper(tokens, names[0]) &&
        opensAt(tokens, names[0]) &&
        (perfect || presentVerb(tokens, v, true))
      )
        return { source: names, cue: v };
      continue;
    }
    // The subject is read from right after the bracket, so a floating "both" or "also" is not taken for it.
    const s = subjectOf(tokens, close + 1, tokens[v].lower, false);
    if (!s || s.mode !== 'subject' || s.indirect || s.source[1] !== open) continue;
    let source = s.source;
    let plural = tokens.slice(source[0], source[1]).some((t) => t.lower === 'and' || t.text === '&');
    // "Lemon (2016) and Tucker (2019) reject …": coordinated citations share the verb; the first author, whose span
    // holds no bracket, stands for them.
    while (tokens[source[0] - 1]?.lower === 'and' && tokens[source[0] - 2]?.text === ')') {
      const o = parentheticalStart(tokens, source[0] - 2);
      const first = o > 0 ? backwardNP(tokens, o - 1) : null;
      if (!first || first[1] !== o || !isProper(tokens, first[0])) break;
      source = first;
      plural = true;
    }
    // A cited author is a name ("Zenn", "Heathershaw and Montgomery"), not "the study (2018)".
    if (!isProper(tokens, source[0]) || !opensAt(tokens, source[0])) continue;
    if (!perfect && !presentVerb(tokens, v, plural)) continue;
    return { source, cue: v };
  }
  return null;
}

/** Adverbs between a citation and its verb ("also", "further", "rightly", "both"). */
const SKIPPED_ADVERBS = new Set([
  ...INTERVENING_ADVERBS,
  'also',
  'further',
  'both',
  'rightly',
  'similarly',
  'likewise',
]);
