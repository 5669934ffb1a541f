/**
 * Vague attribution: "reports say", "it is believed", "reportedly", "based on local tips". The AAN
 * critique's complaint is exactly this — claims nobody can be held to, "amplified by repetition".
 */
import { VAGUE_PATTERNS } from './lexicon';
import { WordSet } from './word-scan';
import vagueWeasel from '../../rubric/attribution/vague-weasel.json';

/**
 * A weasel family's second gate (vague-weasel.json `requires`): words one of which every match also holds, looked up
 * only once an anchor is present, so a family anchored on "said" runs only where a quantifier or vague agent stands too.
 */
const REQUIRES = new Map<string, string[]>(
  (vagueWeasel.patterns as { re: string; requires?: string[] }[])
    .filter((p) => p.requires && p.requires.length > 0)
    .map((p) => [p.re, p.requires ?? []]),
);
const REQUIRED_BY = VAGUE_PATTERNS.map((p) => REQUIRES.get(p.re.source) ?? null);
/** Family i's anchor words (one of which every match contains) and required words as group i of a WordSet. */
const ANCHOR_WORDS = new WordSet(VAGUE_PATTERNS.map((p) => p.anchors));
const REQUIRED_WORDS = new WordSet(REQUIRED_BY.map((r) => r ?? []));
const bits = (keep: (i: number) => boolean): number =>
  VAGUE_PATTERNS.reduce((mask, _, i) => (keep(i) ? mask | (1 << i) : mask), 0);
const UNANCHORED = bits((i) => VAGUE_PATTERNS[i].anchors.length === 0);
const NEEDS_REQUIRED = bits((i) => REQUIRED_BY[i] !== null);

/**
 * The families that can match in `text`, as bits by index into VAGUE_PATTERNS: those with an anchor word there and,
 * if they have required words, one of those too. Most sentences hold no anchor word, and no family need be tried.
 */
export function vagueFamilies(text: string): number {
  let families = ANCHOR_WORDS.scan(text) | UNANCHORED;
  if (families & NEEDS_REQUIRED) families &= ~NEEDS_REQUIRED | REQUIRED_WORDS.scan(text);
  return families;
}

/**
 * The vague patterns made sticky: a mention is vague only when a pattern matches it from its first
 * character, so trying position 0 alone gives the leftmost match's answer without scanning the rest.
 */
const VAGUE_AT_START = VAGUE_PATTERNS.map(({ re }) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));

/** Some vague pattern matches the whole of `text` (already trimmed): "many analysts", "local sources". */
export function isVaguePhrase(text: string): boolean {
  const families = vagueFamilies(text);
  for (let i = 0; i < VAGUE_AT_START.length; i++) {
    if (!(families & (1 << i))) continue;
    const re = VAGUE_AT_START[i];
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && m[0].length === text.length) return true;
  }
  return false;
}

export interface VagueHit {
  cue: string;
  cueStart: number;
  cueEnd: number;
  source: string;
  sourceStart: number;
  sourceEnd: number;
}

/** First vague attribution in `text` (offsets relative to `text`), or null. */
export function findVague(text: string): VagueHit | null {
  const families = vagueFamilies(text);
  let best: VagueHit | null = null;
  for (let i = 0; i < VAGUE_PATTERNS.length; i++) {
    if (!(families & (1 << i))) continue;
    const { re, group, sourceText } = VAGUE_PATTERNS[i];
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m || (best && m.index >= best.cueStart)) continue;
    const g = m[group] ?? m[0];
    const gStart = group === 0 ? m.index : m.index + m[0].indexOf(g);
    best = {
      cue: m[0],
      cueStart: m.index,
      cueEnd: m.index + m[0].length,
      source: sourceText ?? g,
      sourceStart: gStart,
      sourceEnd: sourceText ? gStart + m[0].length : gStart + g.length,
    };
  }
  return best;
}
