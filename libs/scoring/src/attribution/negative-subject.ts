/**
 * A clause whose subject opens with a negative word says its verb did not happen ("None of the claims was verified by
 * journalists", "Few of these reports are substantiated"), as "not" in the verb group does. Attribution reads it to
 * credit no passive agent, the evidence rule to cite no evidence. Both token kinds are read through `wordAt(k)`: token
 * k's lower-case word, or null for punctuation or past the sentence.
 */
import { AUXILIARIES, BE_FORMS, NEGATING_SUBJECTS, RELATIVE_PRONOUNS } from './words';

export type WordAt = (k: number) => string | null;

/**
 * Negative and approximately negative words that open a subject (Quirk et al. 1985, 10.54-10.64); "few" and "little"
 * only without "a" ("a few were confirmed" is positive).
 */
const NEGATIVE_OPENERS = new Set([...NEGATING_SUBJECTS, 'few', 'little', 'hardly', 'scarcely']);

/**
 * Coordinating and subordinating conjunctions (Quirk et al. 1985, 13.1, 14.11) and relative words: a new clause
 * begins, and a subject does not reach back past one ("no one was hurt and the strike was confirmed by …").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...RELATIVE_PRONOUNS,
  // prettier-ignore
  ...['and', 'or', 'but', 'where', 'when', 'while', 'whereas', 'if', 'unless', 'because', 'since', 'as', 'than', 'so',
    'although', 'though', 'until', 'before', 'after', 'once'],
]);

/** Negators inside a verb group, "not" and the approximate negators (Quirk et al. 1985, 10.63). */
const GROUP_NEGATORS = new Set(['not', 'never', 'rarely', 'seldom', 'hardly', 'scarcely', 'barely']);
/** Adverbs that stand inside a verb group without ending in -ly: "has yet to be", "was also confirmed". */
const GROUP_ADVERBS = new Set(['yet', 'ever', 'also', 'still', 'now', 'often', 'long', 'already', 'sometimes']);

/** Words of a verb group looked back over: at most this many, "could not have been independently". */
const GROUP_REACH = 6;
/** Words of a subject before its verb group: "None of the reported attacks in the north". */
const SUBJECT_REACH = 6;

const inVerbGroup = (w: string): boolean =>
  BE_FORMS.has(w) ||
  AUXILIARIES.has(w) ||
  GROUP_NEGATORS.has(w) ||
  GROUP_ADVERBS.has(w) ||
  /^\p{L}{3,}ly$/u.test(w) ||
  /n[’']t$/.test(w);

/** Index of the first word of the verb group (auxiliaries, be-forms, negators, adverbs) before the verb at `verb`. */
export function verbGroupStart(wordAt: WordAt, verb: number): number {
  let k = verb;
  while (k > 0 && k > verb - GROUP_REACH) {
    const w = wordAt(k - 1);
    if (w === null || !inVerbGroup(w)) break;
    k--;
  }
  return k;
}

/** A negator ("not", "never", "rarely", "-n't") among the words [from, to). */
export function negatorIn(wordAt: WordAt, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = wordAt(k);
    if (w !== null && (GROUP_NEGATORS.has(w) || /n[’']t$/.test(w))) return true;
  }
  return false;
}

/** The subject ending at word `end` opens, within its clause, with a negative word. */
export function negativeSubject(wordAt: WordAt, end: number): boolean {
  for (let k = end; k >= Math.max(0, end - SUBJECT_REACH); k--) {
    const w = wordAt(k);
    if (w === null || CLAUSE_OPENERS.has(w) || AUXILIARIES.has(w) || BE_FORMS.has(w)) return false;
    if (NEGATIVE_OPENERS.has(w)) return k === 0 || wordAt(k - 1) !== 'a';
  }
  return false;
}

/** The verb at `verb` is negated by a negative subject before its verb group ("None of the claims was verified"). */
export const negatedBySubject = (wordAt: WordAt, verb: number): boolean =>
  negativeSubject(wordAt, verbGroupStart(wordAt, verb) - 1);
