import { PorterStemmer } from 'natural/lib/natural/stemmers';

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Porter stem of `word` (cached), so one lexicon entry covers its inflections. */
  stem: string;
  /** Absolute offsets in the document. */
  start: number;
  end: number;
  /** The surface form starts with a capital letter. */
  capitalised: boolean;
}

// Words are letters (with inner apostrophes) or numbers with separators ("1,000", "2.5", "1,00,000"):
// /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g, as `tokenize` scans it.

// Stemming is the costly part of tokenising (natural's Porter stemmer ~60% of the time);
// a bounded cache keeps it off the hot path: article vocabulary is small and repetitive.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : PorterStemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** What a surface form contributes to its token; shared between tokens, never mutated. */
interface Form {
  word: string;
  stem: string;
  capitalised: boolean;
}

// Article vocabulary repeats, so one lookup per token replaces lower-casing, quote folding and the
// stem lookup; the cached strings also carry their hashes into the lexicon's map lookups.
const formCache = new Map<string, Form>();
const FORM_CACHE_LIMIT = 200_000;

function formOf(surface: string): Form {
  let f = formCache.get(surface);
  if (f === undefined) {
    const lower = surface.toLowerCase();
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    f = { word, stem: stem(word), capitalised: surface[0] !== word[0] };
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    formCache.set(surface, f);
  }
  return f;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** End of the word starting at i: the first branch: letters then ('|’ ASCII-letters)*. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  while (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && isAsciiLetter(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  }
  return j;
}

/** End of the number starting at i: the second branch: digits then (.|, digits)*. */
function numberEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const c = text.charCodeAt(j);
    if (!((c === 46 || c === 44) && j + 1 < text.length && isDigit(text.charCodeAt(j + 1)))) return j;
    j += 2;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  }
}

/**
 * The words of that pattern, scanned by character code: every assertion is tokenised once, and a regex
 * exec per token plus its match array cost more than the scan.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const end = isLetter(c) ? wordEnd(text, i) : isDigit(c) ? numberEnd(text, i) : -1;
    if (end < 0) {
      i++;
      continue;
    }
    const f = formOf(text.slice(i, end));
    tokens.push({ word: f.word, stem: f.stem, start: offset + i, end: offset + end, capitalised: f.capitalised });
    i = end;
  }
  return tokens;
}

/** Parses a figure token ("1,000", "1,00,000", "2.5") into a number. */
export function numericValue(word: string): number {
  if (/^\d{1,3}(,\d{2,3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  return Number(word.replace(/,/g, ''));
}
