import { MONTH_ABBREVIATIONS } from '../lexicon/calendar';
import { hashRange, hashStep, SurfaceCache } from '../lexicon/surface-cache';
import { RAISING_PASSIVES } from './words';

/**
 * A small word/punctuation tokenizer with offsets. Attribution rules look at a handful of
 * tokens around each cue, so one scan per sentence keeps the stage linear and cheap.
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter (or is a dotted acronym such as "U.S."). */
  cap: boolean;
}

/*
 * Tokens are what /([\p{L}\p{N}](?:[\p{L}\p{N}’'\-/.&]*[\p{L}\p{N}])?)|\S/gu matches: words keep inner apostrophes,
 * hyphens, slashes, dots and ampersands ("Kyrgyzstan’s", "IS-K", "RFE/RL", "U.S", "Texas A&M") and figures their
 * digit-group commas ("5,000");
 * any other non-space character stands alone.
 * The scan is written out by character class because a regex exec per token was the tokenizer's main cost.
 */
const ALNUM = 1;
const INNER = 2; // may stand inside a word: ’ ' - / . &
const SPACE = 4;
const KNOWN = 8;
const ALNUM_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
/** Class bits per UTF-16 unit, filled on first sight (a surrogate unit's entry is its class when unpaired). */
const unitClass = new Uint8Array(0x10000);

function classOf(cp: string): number {
  return (
    (ALNUM_RE.test(cp) ? ALNUM : 0) | (/^[’'\-/.&]$/u.test(cp) ? INNER : 0) | (SPACE_RE.test(cp) ? SPACE : 0) | KNOWN
  );
}

/** UTF-16 length of the code point at i: 2 for a surrogate pair, which is classed as one character. */
function unitsAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Class bits of the code point at i, whose first unit is `c` and UTF-16 length `len` (see unitsAt). */
function classAt(text: string, i: number, c: number, len: number): number {
  if (len === 2) return classOf(text.slice(i, i + 2));
  let k = unitClass[c];
  if (k === 0) k = unitClass[c] = classOf(String.fromCharCode(c));
  return k;
}

/** Lower-case ASCII letters, digits, "-" and "/": a word of these alone is its own lower case, with no dot or apostrophe. */
const PLAIN = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789-/') PLAIN[ch.charCodeAt(0)] = 1;
/** Left by wordEnd: the word's hash (see surface-cache) and whether it is plain (see PLAIN). */
let wordHash = 0;
let wordPlain = false;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * "5,000", "1,00,000": a comma between digits groups a figure's digits, so the figure is one word, as the lexicon
 * tokenizer reads it. Split there, its comma looked like a clause break ("the figure of 5" became a source).
 */
const digitGroupComma = (text: string, j: number): boolean =>
  isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1));

/**
 * End of the word starting at i (its first code point already classed as a letter or digit): its last letter or
 * digit. The word's hash and plainness are found on the same pass, so the surface lookup reads no character again.
 */
function wordEnd(text: string, i: number, firstLength: number): number {
  let end = i + firstLength;
  const c0 = text.charCodeAt(i);
  let plain = c0 < 128 && PLAIN[c0] === 1;
  let plainSoFar = plain;
  let hash = hashStep(0, c0);
  if (firstLength === 2) hash = hashStep(hash, text.charCodeAt(i + 1));
  let h = hash;
  for (let j = end; j < text.length;) {
    const c = text.charCodeAt(j);
    const len = unitsAt(text, j, c);
    const k = classAt(text, j, c, len);
    if (!(k & (ALNUM | INNER)) && !(c === 44 && digitGroupComma(text, j))) break;
    h = hashStep(h, c);
    if (len === 2) h = hashStep(h, text.charCodeAt(j + 1));
    plainSoFar = plainSoFar && c < 128 && PLAIN[c] === 1;
    j += len;
    if (k & ALNUM) {
      end = j;
      hash = h;
      plain = plainSoFar;
    }
  }
  wordHash = hash;
  wordPlain = plain;
  return end;
}

// Abbreviations whose trailing period belongs to the word, so "Col. Rafael Torres" stays one name.
const ABBREVIATIONS = new Set([
  'col',
  'lt',
  'gen',
  'maj',
  'capt',
  'sgt',
  'adm',
  'brig',
  'cmdr',
  'cpl',
  'pvt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  // Political and clerical titles before a name ("Alabama Sen. Jeff Sessions", "Rep. Jeff Hoover", "Gov. Mike Huckabee").
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'rev',
  'amb',
  'supt',
  'atty',
  'st',
  'no',
  // Generational suffixes after a name ("Joseph R. Biden Jr. said").
  'jr',
  'sr',
  ...MONTH_ABBREVIATIONS,
  'vs',
  'u.s',
  'u.n',
  'lt.col',
]);

const PRONOUN_CLITIC = /^(he|she|it|they|we|i|you)(?=['’](?:s|re|ve|d|ll|m)$)/i;
/** Cheaper than the regex on every short word: only a word with an apostrophe can be a contraction. */
const hasApostrophe = (w: string): boolean => w.includes("'") || w.includes('’');
const CLITIC_FULL: Record<string, string> = { s: 'has', re: 'are', ve: 'have', d: 'would', ll: 'will', m: 'am' };

/** What a token's surface form decides, shared by every token with that form. */
interface Surface {
  text: string;
  lower: string;
  /** Upper-case first letter: it changes under lower-casing (digits and caseless scripts do not). */
  cap: boolean;
  dot: boolean;
  apostrophe: boolean;
}

const surfaces = new SurfaceCache<Surface>(1 << 16, (text) => {
  const lower = text.toLowerCase();
  return { text, lower, cap: text[0] !== lower[0], dot: text.includes('.'), apostrophe: hasApostrophe(text) };
});

/**
 * Most words are plain ("said", "the", "2021"): their surface is known without the cache, whose lookup (compare and
 * probe) cost more than slicing the word out.
 */
const plainSurface = (text: string): Surface => ({ text, lower: text, cap: false, dot: false, apostrophe: false });

/**
 * "the militants’ spokesman", "Sanders' campaign": the apostrophe after a word ending in s, before a space and a word,
 * marks a possessive and stays with the word (as "Kyrgyzstan’s" keeps its "’s"), unless a single quotation opened
 * earlier in the text may be closing there ("called them ‘militants’ and …").
 */
function possessiveApostrophe(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if ((c !== 0x2019 && c !== 39) || text.charCodeAt(end + 1) !== 32) return false;
  const s = text.charCodeAt(end - 1);
  if (s !== 115 && s !== 83) return false;
  const next = text.charCodeAt(end + 2);
  if (!((next >= 97 && next <= 122) || (next >= 65 && next <= 90))) return false;
  return c === 0x2019 ? text.lastIndexOf('‘', end) < 0 : !/(?:^|[\s(])'[A-Za-z]/.test(text.slice(0, end));
}

/** Length of a word's possessive ending: 2 for "’s" ("the general’s"), 1 for a bare apostrophe ("the militants’"). */
export const possessiveLength = (word: string): number =>
  /\p{L}[’']s$/u.test(word) ? 2 : /s[’']$/.test(word) && word.length > 2 ? 1 : 0;

const NEXT_TWO_WORDS = /^\s+(\p{L}+)\s+(\p{L}+)/u;

/** A raising participle then "to" follow `at` ("… said to have", "… believed to be"). */
function raisingPassiveAfter(text: string, at: number): boolean {
  const m = NEXT_TWO_WORDS.exec(text.slice(at, at + 40));
  return !!m && m[2].toLowerCase() === 'to' && RAISING_PASSIVES.has(m[1].toLowerCase());
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    const len = unitsAt(text, pos, c);
    const first = classAt(text, pos, c, len);
    if (first & SPACE) {
      pos += len;
      continue;
    }
    const start = pos;
    const isWord = (first & ALNUM) !== 0;
    let end = isWord ? wordEnd(text, start, len) : start + len;
    // "42% say": a percentage is one word, as "42 percent" is a phrase, so it can head a share of respondents.
    if (isWord && text.charCodeAt(end) === 37 /* % */ && isDigit(text.charCodeAt(end - 1))) {
      end++;
      wordPlain = false;
      wordHash = hashRange(text, start, end);
    }
    if (isWord && possessiveApostrophe(text, end)) {
      end++;
      wordPlain = false;
      wordHash = hashRange(text, start, end);
    }
    if (isWord && wordPlain && text.charCodeAt(end) !== 46 /* . */) {
      // Most words: plain (their own lower case, no capital, dot or apostrophe) and not before a full stop, so none of
      // the cases below applies. Pushed here, without the Surface record the general path would build for them.
      const word = text.slice(start, end);
      out.push({ text: word, lower: word, start: start + offset, end: end + offset, word: true, cap: false });
      pos = end;
      continue;
    }
    const surface = isWord
      ? wordPlain
        ? plainSurface(text.slice(start, end))
        : surfaces.get(text, start, end, wordHash)
      : surfaces.get(text, start, end, hashRange(text, start, end));
    let raw = surface.text;
    pos = end;
    // Two apostrophes are a double quotation mark in some wire and newspaper styles (''Yes,'' he said).
    if (raw === "'" && text[start + 1] === "'") {
      pos = start + 2;
      out.push({ text: '"', lower: '"', start: start + offset, end: start + 2 + offset, word: false, cap: false });
      continue;
    }
    // An opening mark typed where the closing one belongs ("“It's unusual,“ said X"): right after the quotation's final
    // punctuation and before a space it can only close, and is read as the closing mark.
    if (raw === '“' && /[,.!?]/.test(text[start - 1] ?? '') && (start + 1 === text.length || text[start + 1] === ' ')) {
      out.push({ text: '”', lower: '”', start: start + offset, end: start + 1 + offset, word: false, cap: false });
      continue;
    }
    // Two hyphens between spaces are a dash in typewriter and wire styles ("X -- who lost in 2014 -- said"), read as
    // the em dash they stand for so parentheses and asides set off by them are seen (Chicago Manual of Style 6.85).
    if (raw === '-' && text.charCodeAt(start + 1) === 45 && text.charCodeAt(start + 2) !== 45) {
      pos = start + 2;
      out.push({ text: '—', lower: '—', start: start + offset, end: start + 2 + offset, word: false, cap: false });
      continue;
    }
    // So is one hyphen between spaces in web copy ("Reynolds - his sister and co-host - told"), except between numbers
    // ("5 - 3").
    if (
      raw === '-' &&
      text[start - 1] === ' ' &&
      text[start + 1] === ' ' &&
      !(isDigit(text.charCodeAt(start - 2)) && isDigit(text.charCodeAt(start + 2)))
    ) {
      out.push({ text: '—', lower: '—', start: start + offset, end: start + 1 + offset, word: false, cap: false });
      continue;
    }
    // A footnote number glued to a word by its full stop ("official.16") is not part of the word.
    const glued = isWord && surface.dot ? /\p{L}\.\d{1,3}$/u.exec(raw) : null;
    if (glued) {
      raw = raw.slice(0, glued.index + 1);
      pos = start + raw.length;
    }
    let changed = glued !== null;
    if (isWord && text.charCodeAt(start + raw.length) === 46 /* . */) {
      const low = changed ? raw.toLowerCase() : surface.lower;
      // "R-S.C.", "D-N.Y.": a party and state tag after a legislator's name keeps its last dot as dotted initials do.
      if (ABBREVIATIONS.has(low) || /^\p{Lu}$/u.test(raw) || /^(?:\p{Lu}-)?(\p{Lu}\.)+\p{Lu}$/u.test(raw)) {
        raw += '.';
        pos = start + raw.length;
        changed = true;
      }
    }
    // A personal pronoun with a contracted auxiliary ("He’s", "They're", "I've") is the pronoun and the auxiliary, so
    // the subject is seen as the pronoun it is; the auxiliary's `lower` is its full form ("’s" as "has", which, unlike
    // "is", never makes the next participle a passive). A name's possessive ("Kyrgyzstan’s") stays one word.
    const clitic =
      isWord && raw.length <= 7 && (changed ? hasApostrophe(raw) : surface.apostrophe)
        ? PRONOUN_CLITIC.exec(raw)
        : null;
    if (clitic) {
      const p = clitic[1];
      const at = start + offset;
      out.push({
        text: p,
        lower: p.toLowerCase(),
        start: at,
        end: at + p.length,
        word: true,
        cap: p[0] !== p[0].toLowerCase(),
      });
      const c = raw.slice(p.length);
      // "He's said to have fled", "it's thought to be": before a raising participle and "to", "'s" is "is", the passive.
      const full =
        c.length === 2 && c[1].toLowerCase() === 's' && raisingPassiveAfter(text, start + raw.length)
          ? 'is'
          : CLITIC_FULL[c.slice(1).toLowerCase()];
      out.push({ text: c, lower: full, start: at + p.length, end: at + raw.length, word: true, cap: false });
      continue;
    }
    const lower = changed ? raw.toLowerCase() : surface.lower;
    out.push({
      text: raw,
      lower,
      start: start + offset,
      end: start + raw.length + offset,
      word: isWord,
      cap: isWord && (changed ? raw[0] !== lower[0] : surface.cap),
    });
  }
  return out;
}

export const OPEN_QUOTES = new Set(['“', '"', '‘', '«']);
export const CLOSE_QUOTES = new Set(['”', '"', '’', '»']);
export const isQuote = (t: Token): boolean => OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text);
