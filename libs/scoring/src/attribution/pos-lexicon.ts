/**
 * Two word classes read from the Brill part-of-speech lexicon that ships with `natural` (from pos-js, tagged on the
 * Penn Treebank and Brown corpora), by each entry's most frequent tag:
 * - capitalised words that are usually not proper nouns ("That", "Just", "Sometimes", "Democratic", "Everybody"):
 *   most frequent tag neither NNP nor NNPS. Standing alone, such a word is a sentence opener or a proper adjective
 *   and names no one, so it is neither a speaker nor the antecedent of "he";
 * - lower-case simple past forms ("spoke", "met", "told", "fled"): most frequent tag VBD. They end a noun phrase as
 *   regular "-ed" forms do ("Governor Karimov spoke on Monday");
 * - lower-case words with a base-form verb reading ("exit", "surrender", "release"; tag VB anywhere in the entry),
 *   which tell a to-infinitive ("for them to exit") from a preposition ("an end to violence").
 *
 * Read from the pinned dependency at first use rather than copied into the rubric: of its 92,000 entries only these
 * three sets are kept.
 */
const LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

let sets: { commonCapitalised: Set<string>; pastTense: Set<string>; baseVerbs: Set<string> } | null = null;

function load(): NonNullable<typeof sets> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a data file inside a dependency, read once
  const entries = require(LEXICON) as Record<string, string[]>;
  const commonCapitalised = new Set<string>();
  const pastTense = new Set<string>();
  const baseVerbs = new Set<string>();
  for (const word in entries) {
    const tags = entries[word];
    const first = tags[0];
    if (/^\p{Ll}+$/u.test(word) && tags.includes('VB')) baseVerbs.add(word);
    if (first === 'VBD' && /^\p{Ll}+$/u.test(word)) pastTense.add(word);
    else if (first !== 'NNP' && first !== 'NNPS' && /^\p{Lu}\p{Ll}+$/u.test(word)) commonCapitalised.add(word);
  }
  // The parsed lexicon is held only by the module cache; drop it so the 4 MB does not stay resident.
  delete require.cache[require.resolve(LEXICON)];
  return { commonCapitalised, pastTense, baseVerbs };
}

/** True for a capitalised word ("Just", "Democratic") that is usually not a proper noun. */
export function isCommonCapitalised(word: string): boolean {
  sets ??= load();
  return sets.commonCapitalised.has(word);
}

/** True for a lower-case word whose usual reading is a simple past verb ("spoke", "told"). */
export function isPastTense(word: string): boolean {
  sets ??= load();
  return sets.pastTense.has(word);
}

/** True for a lower-case word that can be a base-form verb ("exit", "leave"). */
export function canBeBaseVerb(word: string): boolean {
  sets ??= load();
  return sets.baseVerbs.has(word);
}
