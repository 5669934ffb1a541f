/**
 * Boilerplate detection. Everything here is judged on a trimmed block or
 * sentence string; the patterns themselves live in rubric/segmentation.
 */
import { anyMatch, BOILERPLATE_BLOCKS, BOILERPLATE_LINES, FUNCTION_WORDS, SECTION_NAMES } from './lexicon';

/** Longer strings are never a single chrome line; skipping them keeps the regex work bounded. */
const MAX_LINE = 160;
/** Bio/contact/disclaimer blocks are short; a long paragraph that mentions "the author is" is content. */
const MAX_BIO_BLOCK = 600;
const HAS_LETTER = /\p{L}/u;
const TAG_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** `lower` is `s.toLowerCase()` when the caller already has it. */
export function isBoilerplateLine(s: string, lower?: string): boolean {
  return s.length <= MAX_LINE && anyMatch(BOILERPLATE_LINES, s, lower ?? s.toLowerCase());
}

export function isBoilerplateBlock(s: string): boolean {
  if (!HAS_LETTER.test(s)) return true; // "1314,1198, 1173 …", page numbers, rules
  if (s.length >= MAX_BIO_BLOCK && s.length > MAX_LINE) return false;
  // Lower-cased once for both pattern lists.
  const lower = s.toLowerCase();
  if (isBoilerplateLine(s, lower)) return true;
  return s.length < MAX_BIO_BLOCK && anyMatch(BOILERPLATE_BLOCKS, s, lower);
}

/** A site section label ("Opinion", "Analysis") above the title. Only meaningful before the first body paragraph. */
export function isSectionName(s: string): boolean {
  return s.length <= 40 && SECTION_NAMES.has(s.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * A keyword/tag line closing a page ("border IMU Jihad spill-over Tajikistan
 * terror threats"): several words, no sentence punctuation, no function words.
 */
export function isTagLine(s: string): boolean {
  if (s.length > 200 || /[.!?:;,"“”]/.test(s)) return false;
  const words = s.match(TAG_WORD) ?? [];
  if (words.length < 3) return false;
  let lowerInitial = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.toLowerCase())) return false;
    if (w[0] !== w[0].toUpperCase()) lowerInitial++;
  }
  // Tags mix lower-case keywords in; an all-capitalised line is more likely a title or unit name.
  return lowerInitial > 0;
}
