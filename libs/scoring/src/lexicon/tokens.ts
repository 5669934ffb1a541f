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

// Words are letters (with inner apostrophes) or numbers with separators ("1,000", "2.5", "1,00,000").
const TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

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

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const surface = m[0];
    const f = formOf(surface);
    const start = offset + m.index;
    tokens.push({ word: f.word, stem: f.stem, start, end: start + surface.length, capitalised: f.capitalised });
  }
  return tokens;
}

/** Parses a figure token ("1,000", "1,00,000", "2.5") into a number. */
export function numericValue(word: string): number {
  if (/^\d{1,3}(,\d{2,3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  return Number(word.replace(/,/g, ''));
}
