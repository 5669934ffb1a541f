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
  /** The surface form's shared record, which carries the facts `wordFact` memoises. */
  form: Form;
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

/** What a surface form contributes to its token; shared between tokens. */
export interface Form {
  readonly word: string;
  readonly stem: string;
  readonly capitalised: boolean;
  /** Facts about the word, by `wordFact` slot, filled on first use. */
  readonly facts: unknown[];
}

let factSlots = 0;

/**
 * A fact about a word (its AFINN rating, the lexicon phrases it can start) computed once per
 * distinct surface form and read off each token after that: the several hash lookups per token it
 * replaces were most of the scorer's time. Forms are cached and the cache is bounded, so these facts
 * are too. `compute` must return null rather than undefined for "nothing".
 */
export function wordFact<T extends NonNullable<unknown> | null>(compute: (form: Form) => T): (t: Token) => T {
  const slot = factSlots++;
  return (t) => {
    const facts = t.form.facts;
    let v = facts[slot] as T | undefined;
    if (v === undefined) {
      v = compute(t.form);
      facts[slot] = v;
    }
    return v;
  };
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
    f = { word, stem: stem(word), capitalised: surface[0] !== word[0], facts: [] };
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
    tokens.push({
      word: f.word,
      stem: f.stem,
      start,
      end: start + surface.length,
      capitalised: f.capitalised,
      form: f,
    });
  }
  return tokens;
}

/** Parses a figure token ("1,000", "1,00,000", "2.5") into a number. */
export function numericValue(word: string): number {
  if (/^\d{1,3}(,\d{2,3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  return Number(word.replace(/,/g, ''));
}
