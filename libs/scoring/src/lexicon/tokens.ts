import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { hashStep, SurfaceCache } from './surface-cache';

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

// Words are letters (with inner apostrophes) or numbers with separators ("1,000", "2.5", "1,00,000"):
// what /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g matches, scanned by hand below.

// Stemming is the costly part of tokenising (natural's Porter stemmer ~60% of the time);
// a bounded cache keeps it off the hot path: article vocabulary is small and repetitive.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // "the Taliban's", "the group's": a possessive is its noun to the lexicons (Porter left "taliban'", no entry's stem).
    s = /^\d/.test(word) ? word : PorterStemmer.stem(word.endsWith("'s") ? word.slice(0, -2) : word);
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

/** Character classes of the token grammar, for code units below 0x250 (none above it is in a token). */
const LETTER = 1; // [A-Za-z\u00C0-\u024F]
const ASCII_LETTER = 2; // [A-Za-z], the only letters after an inner apostrophe
const DIGIT = 4;
const CLASS = new Uint8Array(0x250);
for (let c = 0xc0; c < 0x250; c++) CLASS[c] = LETTER;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = LETTER | ASCII_LETTER;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
const classOf = (c: number): number => (c < 0x250 ? CLASS[c] : 0);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isSeparator = (c: number): boolean => c === 46 || c === 44;

// One lookup per token replaces lower-casing, quote folding and the stem lookup.
const forms = new SurfaceCache<Form>(1 << 17, (surface) => {
  const lower = surface.toLowerCase();
  const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return { word, stem: stem(word), capitalised: surface[0] !== word[0], facts: [] };
});

/**
 * A token is its offsets and its surface form's shared record: the form's facts are read through
 * getters rather than copied into every token (half the fields to allocate per word).
 */
class FormToken implements Token {
  constructor(
    readonly form: Form,
    readonly start: number,
    readonly end: number,
  ) {}
  get word(): string {
    return this.form.word;
  }
  get stem(): string {
    return this.form.stem;
  }
  get capitalised(): boolean {
    return this.form.capitalised;
  }
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = hashStep(0, c);
    i++;
    if (k & LETTER) {
      while (i < n && classOf((c = text.charCodeAt(i))) & LETTER) {
        hash = hashStep(hash, c);
        i++;
      }
      while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && classOf(text.charCodeAt(i + 1)) & ASCII_LETTER) {
        hash = hashStep(hash, text.charCodeAt(i));
        i++;
        while (i < n && classOf((c = text.charCodeAt(i))) & ASCII_LETTER) {
          hash = hashStep(hash, c);
          i++;
        }
      }
    } else {
      while (i < n && classOf((c = text.charCodeAt(i))) & DIGIT) {
        hash = hashStep(hash, c);
        i++;
      }
      while (i + 1 < n && isSeparator(text.charCodeAt(i)) && classOf(text.charCodeAt(i + 1)) & DIGIT) {
        hash = hashStep(hash, text.charCodeAt(i));
        i++;
        while (i < n && classOf((c = text.charCodeAt(i))) & DIGIT) {
          hash = hashStep(hash, c);
          i++;
        }
      }
    }
    tokens.push(new FormToken(forms.get(text, start, i, hash), offset + start, offset + i));
  }
  return tokens;
}

/** Parses a figure token ("1,000", "1,00,000", "2.5") into a number. */
export function numericValue(word: string): number {
  if (/^\d{1,3}(,\d{2,3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  return Number(word.replace(/,/g, ''));
}
