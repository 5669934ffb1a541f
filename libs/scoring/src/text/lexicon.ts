/**
 * The segmentation rubric, loaded once. Patterns and word lists live in
 * rubric/segmentation/*.json so they can be reviewed and extended without
 * touching code; here they are compiled a single time at module load.
 */
import boilerplateLines from '../../rubric/segmentation/boilerplate-lines.json';
import boilerplateBlocks from '../../rubric/segmentation/boilerplate-blocks.json';
import sectionNames from '../../rubric/segmentation/section-names.json';
import photoCredits from '../../rubric/segmentation/photo-credits.json';
import abbreviations from '../../rubric/segmentation/abbreviations.json';
import abbreviationsBeforeNumber from '../../rubric/segmentation/abbreviations-before-number.json';
import abbreviationsAmbiguous from '../../rubric/segmentation/abbreviations-ambiguous.json';
import sentenceStarters from '../../rubric/segmentation/sentence-starters.json';
import functionWords from '../../rubric/segmentation/function-words.json';
import bibliographicCues from '../../rubric/segmentation/bibliographic-cues.json';
import bibliographicHints from '../../rubric/segmentation/bibliographic-hints.json';
import proseVerbs from '../../rubric/segmentation/prose-verbs.json';
import pointers from '../../rubric/segmentation/pointers.json';

const CASE_SENSITIVE = '(?-i)';

/**
 * A pattern compiled twice: as written, and with its Unicode property classes narrowed to ASCII for
 * strings that are "plain" (see PLAIN). V8 tests \p{L} and friends as long range lists; the two
 * reading-time and site-name line patterns built on them were two thirds of the line filter's time.
 * On a plain string both compile to the same matcher (every class meets the same characters), so
 * results, match offsets included, are identical.
 */
export interface Pattern {
  full: RegExp;
  /** The ASCII-narrowed form; `full` itself when the source has no property class. */
  plain: RegExp;
}

/**
 * Characters on which \p{L}, \p{N}, \p{Lu} and \p{Ll} mean exactly [A-Za-z], [0-9], [A-Z] and [a-z]:
 * ASCII, the no-break space and General Punctuation (curly quotes, dashes, bullets). lexicon.spec.ts checks it.
 */
export const PLAIN = /^[\0-\x7f\u00a0\u2000-\u206f]*$/;

const PLAIN_CLASSES: Record<string, string> = { L: 'A-Za-z', N: '0-9', Lu: 'A-Z', Ll: 'a-z' };

/** The source with \p{L}/\p{N}/\p{Lu}/\p{Ll} narrowed to ASCII ranges; null when it uses other property escapes. */
export function plainSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const m = /^\\p\{(\w+)\}/.exec(source.slice(i, i + 12));
      if (source[i + 1] === 'P' || (source[i + 1] === 'p' && (!m || !(m[1] in PLAIN_CLASSES)))) return null;
      if (m) {
        out += inClass ? PLAIN_CLASSES[m[1]] : `[${PLAIN_CLASSES[m[1]]}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

function pattern(source: string): Pattern {
  const full = new RegExp(source, 'u');
  const plain = source.includes('\\p') ? plainSource(source) : null;
  return { full, plain: plain === null ? full : new RegExp(plain, 'u') };
}

/** The matcher to run on `s`. */
const pick = (p: Pattern, s: string): RegExp => (p.plain === p.full || !PLAIN.test(s) ? p.full : p.plain);

/**
 * A compiled rubric pattern list. Case-insensitive patterns are written in lower
 * case and run without the "i" flag against the lower-cased string: V8's
 * Unicode case-folding matcher was the single largest cost in profiles.
 * Patterns prefixed "(?-i)" run case-sensitively on the original string.
 */
export interface PatternSet {
  folded: Pattern[];
  exact: Pattern[];
  /**
   * Each list as one alternation, for yes/no questions: one scan of the string instead of one per
   * pattern. Equivalent because the patterns use no numbered or named back-references.
   */
  anyFolded: Pattern | null;
  anyExact: Pattern | null;
}

const union = (sources: string[]): Pattern | null =>
  sources.length === 0 ? null : pattern(sources.map((p) => `(?:${p})`).join('|'));

function compile(patterns: string[]): PatternSet {
  const folded: string[] = [];
  const exact: string[] = [];
  for (const p of patterns) {
    if (/\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(p))
      throw new Error(
        `segmentation pattern uses a back-reference or named group, which the combined matcher cannot hold: ${p}`,
      );
    if (p.startsWith(CASE_SENSITIVE)) exact.push(p.slice(CASE_SENSITIVE.length));
    else folded.push(p);
  }
  return {
    folded: folded.map(pattern),
    exact: exact.map(pattern),
    anyFolded: union(folded),
    anyExact: union(exact),
  };
}

function lowerSet(terms: string[]): ReadonlySet<string> {
  return new Set(terms.map((t) => t.toLowerCase()));
}

export const BOILERPLATE_LINES = compile(boilerplateLines.patterns);
export const BOILERPLATE_BLOCKS = compile(boilerplateBlocks.patterns);
export const SECTION_NAMES = lowerSet(sectionNames.terms);
export const PHOTO_CREDITS = compile(photoCredits.patterns);
export const TITLE_ABBREVIATIONS = lowerSet(abbreviations.terms);
export const NUMBER_ABBREVIATIONS = lowerSet(abbreviationsBeforeNumber.terms);
export const AMBIGUOUS_ABBREVIATIONS = lowerSet(abbreviationsAmbiguous.terms);
export const SENTENCE_STARTERS = lowerSet(sentenceStarters.terms);
export const FUNCTION_WORDS = lowerSet(functionWords.terms);
export const BIBLIOGRAPHIC_CUES = compile(bibliographicCues.patterns);
export const BIBLIOGRAPHIC_HINTS = compile(bibliographicHints.patterns);
export const PROSE_VERBS = lowerSet(proseVerbs.terms);
export const POINTERS = compile(pointers.patterns);

/** Whether any pattern matches `s` (`lower` is `s.toLowerCase()` when the caller already has it). */
export function anyMatch(set: PatternSet, s: string, lower: string = s.toLowerCase()): boolean {
  return (
    (set.anyFolded !== null && pick(set.anyFolded, lower).test(lower)) ||
    (set.anyExact !== null && pick(set.anyExact, s).test(s))
  );
}

/** Index of the first match of any pattern, or -1 (patterns tried in order). */
export function firstMatchIndex(set: PatternSet, s: string, lower: string = s.toLowerCase()): number {
  // Lower-casing can change the length ("İ" → "i̇"); then offsets would not map back, so fold in the regex instead.
  const sameLength = lower.length === s.length;
  // Most strings match nothing: one pass of the combined pattern answers that before the per-pattern passes.
  if (sameLength && !anyMatch(set, s, lower)) return -1;
  for (const p of set.folded) {
    const m = sameLength ? pick(p, lower).exec(lower) : new RegExp(p.full.source, 'iu').exec(s);
    if (m) return m.index;
  }
  for (const p of set.exact) {
    const m = pick(p, s).exec(s);
    if (m) return m.index;
  }
  return -1;
}

/** How many patterns match. */
export function countMatches(set: PatternSet, s: string, lower: string = s.toLowerCase()): number {
  let n = 0;
  for (const p of set.folded) if (pick(p, lower).test(lower)) n++;
  for (const p of set.exact) if (pick(p, s).test(s)) n++;
  return n;
}
