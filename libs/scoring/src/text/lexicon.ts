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
 * A compiled rubric pattern list. Case-insensitive patterns are written in lower
 * case and run without the "i" flag against the lower-cased string: V8's
 * Unicode case-folding matcher was the single largest cost in profiles.
 * Patterns prefixed "(?-i)" run case-sensitively on the original string.
 */
export interface PatternSet {
  folded: RegExp[];
  exact: RegExp[];
  /**
   * Each list as one alternation, for yes/no questions: one scan of the string instead of one per
   * pattern. Equivalent because the patterns use no numbered or named back-references.
   */
  anyFolded: RegExp | null;
  anyExact: RegExp | null;
}

const union = (res: RegExp[]): RegExp | null =>
  res.length === 0 ? null : new RegExp(res.map((re) => `(?:${re.source})`).join('|'), 'u');

function compile(patterns: string[]): PatternSet {
  const folded: RegExp[] = [];
  const exact: RegExp[] = [];
  for (const p of patterns) {
    if (/\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(p))
      throw new Error(
        `segmentation pattern uses a back-reference or named group, which the combined matcher cannot hold: ${p}`,
      );
    if (p.startsWith(CASE_SENSITIVE)) exact.push(new RegExp(p.slice(CASE_SENSITIVE.length), 'u'));
    else folded.push(new RegExp(p, 'u'));
  }
  return { folded, exact, anyFolded: union(folded), anyExact: union(exact) };
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
  return (set.anyFolded !== null && set.anyFolded.test(lower)) || (set.anyExact !== null && set.anyExact.test(s));
}

/** Index of the first match of any pattern, or -1 (patterns tried in order). */
export function firstMatchIndex(set: PatternSet, s: string, lower: string = s.toLowerCase()): number {
  // Lower-casing can change the length ("İ" → "i̇"); then offsets would not map back, so fold in the regex instead.
  const sameLength = lower.length === s.length;
  for (const re of set.folded) {
    const m = sameLength ? re.exec(lower) : new RegExp(re.source, 'iu').exec(s);
    if (m) return m.index;
  }
  for (const re of set.exact) {
    const m = re.exec(s);
    if (m) return m.index;
  }
  return -1;
}

/** How many patterns match. */
export function countMatches(set: PatternSet, s: string, lower: string = s.toLowerCase()): number {
  let n = 0;
  for (const re of set.folded) if (re.test(lower)) n++;
  for (const re of set.exact) if (re.test(s)) n++;
  return n;
}
