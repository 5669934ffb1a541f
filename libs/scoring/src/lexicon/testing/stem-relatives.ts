/**
 * Which words outside a lexicon entry's own inflections its Porter stem also matches: "fertile" matched
 * "fertilizer", "disturbing" matched "disturbance", "militant" the verb "militate". Each such relative is
 * either meant (an entry of danger words may well match "dangerous") or a false match to remove by making
 * the entry exact with "=". lexicon-stems.spec.ts checks that every relative has been looked at and recorded
 * in testing/stem-relatives.reviewed.json, so a new entry cannot bring in an unrelated word unseen.
 */
import brill from 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
import type { Lexicon } from '../lexicon';
import { stem } from '../tokens';

/** Lexicon name → entry → its stem's words that are not regular inflections of it, sorted. */
export type StemRelatives = Record<string, Record<string, string[]>>;

/**
 * The forms a word's regular inflection gives or comes from (-s, -es, -ed, -d, -ing, -ies, -ied, a doubled
 * final consonant, a dropped final e): "capture" / "captured" / "capturing", "ally" / "allies".
 */
function inflectedForms(word: string): Set<string> {
  const bases = new Set([word]);
  const undo: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/es$/, ''],
    [/s$/, ''],
    [/ed$/, ''],
    [/ed$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
    [/e$/, ''],
  ];
  for (const [re, to] of undo) if (re.test(word)) bases.add(word.replace(re, to));
  const forms = new Set<string>();
  for (const b of bases) {
    for (const suffix of ['', 's', 'es', 'ed', 'd', 'ing']) forms.add(b + suffix);
    if (b.endsWith('y')) for (const suffix of ['ies', 'ied']) forms.add(b.slice(0, -1) + suffix);
    if (b.length > 2) for (const suffix of ['ed', 'ing']) forms.add(b + b[b.length - 1] + suffix);
  }
  return forms;
}

const isInflection = (a: string, b: string) => inflectedForms(a).has(b) || inflectedForms(b).has(a);

let vocabulary: Map<string, string[]> | undefined;

/** The Brill tagger lexicon's lower-case words (natural ships it; about 90,000), grouped by Porter stem. */
function wordsByStem(): Map<string, string[]> {
  if (vocabulary) return vocabulary;
  vocabulary = new Map();
  for (const word of Object.keys(brill as Record<string, string[]>)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const s = stem(word);
    const list = vocabulary.get(s) ?? [];
    list.push(word);
    vocabulary.set(s, list);
  }
  return vocabulary;
}

/** For each lexicon, its single-word stemmed entries that match more than their inflections, with those words. */
export function stemRelatives(lexicons: Record<string, Lexicon>): StemRelatives {
  const out: StemRelatives = {};
  for (const [name, lexicon] of Object.entries(lexicons)) {
    for (const p of lexicon.phrases()) {
      if (p.exact || p.keys.length !== 1 || !/^[a-z]+$/.test(p.term)) continue;
      const relatives = (wordsByStem().get(p.keys[0]) ?? []).filter((w) => w !== p.term && !isInflection(p.term, w));
      if (relatives.length === 0) continue;
      (out[name] ??= {})[p.term] = relatives.sort();
    }
  }
  return out;
}
