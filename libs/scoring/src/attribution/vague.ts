/**
 * Vague attribution: "reports say", "it is believed", "reportedly", "based on local tips". The AAN
 * critique's complaint is exactly this — claims nobody can be held to, "amplified by repetition".
 */
import { CUE_PREFILTER_WORDS, ROLES, VAGUE_PATTERNS } from './lexicon';
import { WordSet } from './word-scan';
import { REPORT_NOUNS } from './words';
import vagueWeasel from '../../rubric/attribution/vague-weasel.json';

/**
 * A weasel family's second gate (vague-weasel.json `requires`): words one of which every match also holds, so a
 * family anchored on "said" runs only where a quantifier or vague agent stands too.
 */
const REQUIRES = new Map<string, string[]>(
  (vagueWeasel.patterns as { re: string; requires?: string[] }[])
    .filter((p) => p.requires && p.requires.length > 0)
    .map((p) => [p.re, p.requires ?? []]),
);
const REQUIRED_BY = VAGUE_PATTERNS.map((p) => REQUIRES.get(p.pattern) ?? null);
/** Indices of the families with required words. */
const REQUIRING = VAGUE_PATTERNS.flatMap((_, i) => (REQUIRED_BY[i] === null ? [] : [i]));
const FAMILIES = VAGUE_PATTERNS.length;

/**
 * Every word list the attribution stage looks a sentence up in, as the groups of one WordSet: group 0 the cue
 * prefilter's words (see mayHoldCue), group 1 + i family i's anchor words (one of which every match contains), and
 * group 1 + FAMILIES + k the required words of family REQUIRING[k]. The prefilter, the anchors and the required words
 * each scanned the sentence in turn; one scan now answers all three (at most 31 groups fit, see WordSet).
 */
const SENTENCE_WORDS = new WordSet([
  CUE_PREFILTER_WORDS,
  ...VAGUE_PATTERNS.map((p) => p.anchors),
  ...REQUIRING.map((i) => REQUIRED_BY[i] ?? []),
]);
/** The sentenceWords bit of the cue prefilter's words. */
export const CUE_WORD = 1;
const ANCHORS = ((1 << FAMILIES) - 1) << 1;
const bits = (keep: (i: number) => boolean): number =>
  VAGUE_PATTERNS.reduce((mask, _, i) => (keep(i) ? mask | (1 << i) : mask), 0);
const UNANCHORED = bits((i) => VAGUE_PATTERNS[i].anchors.length === 0);

/** Which of SENTENCE_WORDS' groups stand in `text`, as bits: read with CUE_WORD and vagueFamilies. */
export const sentenceWords = (text: string): number => SENTENCE_WORDS.scan(text);

/**
 * The families that can match in a text whose sentenceWords are `words`, as bits by index into VAGUE_PATTERNS: those
 * with an anchor word there and, if they have required words, one of those too. Most sentences hold no anchor word,
 * and no family need be tried.
 */
export function vagueFamilies(words: number): number {
  let families = ((words & ANCHORS) >>> 1) | UNANCHORED;
  for (let k = 0; k < REQUIRING.length; k++)
    if ((words & (1 << (1 + FAMILIES + k))) === 0) families &= ~(1 << REQUIRING[k]);
  return families;
}

/**
 * The vague patterns made sticky: a mention is vague only when a pattern matches it from its first
 * character, so trying position 0 alone gives the leftmost match's answer without scanning the rest.
 */
const VAGUE_AT_START = VAGUE_PATTERNS.map(({ re }) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));

/** Some vague pattern matches the whole of `text` (already trimmed): "many analysts", "local sources". */
export function isVaguePhrase(text: string): boolean {
  const families = vagueFamilies(sentenceWords(text));
  for (let i = 0; i < VAGUE_AT_START.length; i++) {
    if (!(families & (1 << i))) continue;
    const re = VAGUE_AT_START[i];
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && m[0].length === text.length) return true;
  }
  return false;
}

/** A line break inside a matched phrase reads as a space. */
const squash = (s: string): string => s.replace(/\s+/g, ' ');

export interface VagueHit {
  cue: string;
  cueStart: number;
  cueEnd: number;
  source: string;
  sourceStart: number;
  sourceEnd: number;
}

/** A verb of showing closing a vague match ("few show", "many showed"). */
const DISPLAY_VERB_END = /\b(?:show|shows|showed|shown|showing)$/i;

/**
 * "Most are veterans, and few show interest in returning": with people for subject, "show" and an object is to display
 * something, not to voice a view; only its that-clause ("some show that …") reports one.
 */
function displayNotView(text: string, m: RegExpExecArray, source: string): boolean {
  if (!DISPLAY_VERB_END.test(m[0])) return false;
  // A document or unnamed reporting shows its content, object or clause ("intelligence reports show an increase");
  // people display.
  const head = /(\p{L}+)\W*$/u.exec(source)?.[1].toLowerCase() ?? '';
  if (ROLES.get(head)?.document || REPORT_NOUNS.has(head)) return false;
  // An object after it, not a clause or the end of one.
  return /^\s+(?!that\b)\p{L}/iu.test(text.slice(m.index + m[0].length));
}

/** First vague attribution in `text` (offsets relative to `text`), or null; `words` are its sentenceWords. */
export function findVague(text: string, words: number = sentenceWords(text)): VagueHit | null {
  const families = vagueFamilies(words);
  let best: VagueHit | null = null;
  for (let i = 0; i < VAGUE_PATTERNS.length; i++) {
    if (!(families & (1 << i))) continue;
    const { re, group, sourceText } = VAGUE_PATTERNS[i];
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m || (best && m.index >= best.cueStart)) continue;
    const g = m[group] ?? m[0];
    if (displayNotView(text, m, g)) continue;
    const gStart = group === 0 ? m.index : m.index + m[0].indexOf(g);
    best = {
      cue: squash(m[0]),
      cueStart: m.index,
      cueEnd: m.index + m[0].length,
      source: sourceText ?? squash(g),
      sourceStart: gStart,
      sourceEnd: sourceText ? gStart + m[0].length : gStart + g.length,
    };
  }
  return best;
}
