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
 * Read from the pinned dependency when the module loads rather than copied into the rubric: of its 92,000 entries
 * only these three sets are kept.
 */
import { readFileSync } from 'node:fs';

const LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** Only ASCII letters: the lexicon's entries are English, and its few accented ones name no class used here. */
function shape(word: string): 'lower' | 'capitalised' | null {
  const first = word.charCodeAt(0);
  const capital = first >= 65 && first <= 90;
  if (!capital && !isLower(first)) return null;
  for (let k = 1; k < word.length; k++) if (!isLower(word.charCodeAt(k))) return null;
  return capital ? (word.length > 1 ? 'capitalised' : null) : 'lower';
}

function load(): { commonCapitalised: Set<string>; pastTense: Set<string>; baseVerbs: Set<string> } {
  // Parsed here rather than require()d, so the 4 MB object is not kept by the module cache once the sets are built.
  const entries = JSON.parse(readFileSync(require.resolve(LEXICON), 'utf8')) as Record<string, string[]>;
  const commonCapitalised = new Set<string>();
  const pastTense = new Set<string>();
  const baseVerbs = new Set<string>();
  for (const word in entries) {
    const kind = shape(word);
    if (!kind) continue;
    const tags = entries[word];
    const first = tags[0];
    if (kind === 'lower') {
      if (first === 'VBD') pastTense.add(word);
      if (tags.includes('VB')) baseVerbs.add(word);
    } else if (first !== 'NNP' && first !== 'NNPS') commonCapitalised.add(word);
  }
  return { commonCapitalised, pastTense, baseVerbs };
}

/**
 * Built when the module loads (~0.1 s, with the rest of the rubric), not at first use: built lazily, the first upload
 * each scoring thread took paid for it (the service bench's p95 and max rose by about that much).
 */
const sets = load();

/** True for a capitalised word ("Just", "Democratic") that is usually not a proper noun. */
export const isCommonCapitalised = (word: string): boolean => sets.commonCapitalised.has(word);

/** True for a lower-case word whose usual reading is a simple past verb ("spoke", "told"). */
export const isPastTense = (word: string): boolean => sets.pastTense.has(word);

/** True for a lower-case word that can be a base-form verb ("exit", "leave"). */
export const canBeBaseVerb = (word: string): boolean => sets.baseVerbs.has(word);
