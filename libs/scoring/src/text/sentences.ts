/**
 * Single-pass sentence splitter over a span of the original text.
 *
 * natural's SentenceTokenizer re-scans the text (quadratic on long input),
 * splits "U.S." and matches abbreviations without word boundaries, so this is a
 * hand-written scanner: every character is visited once, and each candidate
 * boundary looks at most a few dozen characters around it.
 */
import { AMBIGUOUS_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './lexicon';
import * as chars from './chars';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { DOT, ELLIPSIS, isCloser, isDigit, isLetter, isLower, isOpener, isTerminal, isUpper, isWs, skipWs, trimEndAt } =
  chars;

/** Longest abbreviation token we look back over ("Lt.Col", "e.g"). */
const MAX_TOKEN = 24;

/**
 * Split [start, end) into sentences; pushes trimmed [s, e) pairs onto `out`.
 * Sentences never cross `end`, so callers pass one block at a time.
 */
export function splitSentences(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let s = skipWs(text, start, end);
  let i = s;
  while ((i = nextTerminal(text, i, end)) < end) {
    const b = boundaryAfter(text, s, i, end);
    if (b > 0) {
      const e = trimEndAt(text, s, b);
      if (e > s) out.push([s, e]);
      s = skipWs(text, b, end);
      i = s;
      continue;
    }
    // Skip the rest of a terminal run ("...", "?!") so it is judged once.
    while (i + 1 < end && isTerminal(text.charCodeAt(i + 1))) i++;
    i++;
  }
  const e = trimEndAt(text, s, end);
  if (e > s) out.push([s, e]);
}

/** isTerminal's characters. */
const TERMINAL = /[.?!\u2026]/g;

/**
 * Offset of the first terminal in [i, end), or `end`. The regex engine scans the (flat) input far
 * faster than a charCodeAt loop, which was most of this splitter's time.
 */
function nextTerminal(text: string, i: number, end: number): number {
  if (i >= end) return end;
  TERMINAL.lastIndex = i;
  const m = TERMINAL.exec(text);
  return m === null || m.index > end ? end : m.index;
}

/**
 * If a sentence ends at the terminal run starting at `i`, return the offset just
 * past it (including closing quotes, brackets and footnote markers); else -1.
 */
function boundaryAfter(text: string, sentStart: number, i: number, end: number): number {
  let j = i;
  let dots = 0;
  let ellipsis = false;
  let question = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === DOT) dots++;
    else if (c === ELLIPSIS) ellipsis = true;
    else if (c === 0x3f || c === 0x21) question = true;
    else break;
    j++;
  }
  if (dots >= 3) ellipsis = true;
  // An ellipsis opening a block ("… officials often") is not an end.
  if (i === sentStart) return -1;
  // "1." / "a)" list numbers and lone initials are not sentences of their own.
  if (i - sentStart <= 2 && !ellipsis && !question && isListMarker(text, sentStart, i)) return -1;
  const before = text.charCodeAt(i - 1);
  j = consumeClosers(text, i, j, end, before);
  if (j < end && !isWs(text.charCodeAt(j))) return -1;
  const k = skipWs(text, j, end);
  if (k >= end) return j;
  const next = text.charCodeAt(k);

  if (isLower(next)) return -1;
  if (ellipsis) {
    // "region… The officials" ends; "for … a local" and "… 2,000" do not.
    return startsCapitalised(text, k, end) ? j : -1;
  }
  if (!(isUpper(next) || isDigit(next) || isOpener(next) || isLetter(next))) return -1;
  if (question || dots !== 1 || text.charCodeAt(i) !== DOT) return j;
  if (j !== i + 1 && !isCloser(text.charCodeAt(i + 1))) {
    // A marker followed the dot ("Taliban.4 The") unless the word is "No.2"-like.
    return isDigit(text.charCodeAt(i + 1)) && NUMBER_ABBREVIATIONS.has(tokenBefore(text, i).toLowerCase()) ? -1 : j;
  }
  return abbreviationAllowsBreak(text, i, k, end, next) ? j : -1;
}

/** Extend past closing quotes/brackets and glued footnote markers: `justice."`, `long.[1]`, `ones.(11)`, `al-Qaeda.4`. */
function consumeClosers(text: string, i: number, j: number, end: number, before: number): number {
  let markerSeen = false;
  for (;;) {
    if (j >= end) return j;
    const c = text.charCodeAt(j);
    if (c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      const close = c === 0x5b ? 0x5d : 0x29;
      const m = digitsThen(text, j + 1, end, 3, close);
      if (m > 0) {
        j = m + 1;
        markerSeen = true;
        continue;
      }
      return j;
    }
    if (isCloser(c)) {
      j++;
      continue;
    }
    // Glued superscript-like digits, a footnote rather than a decimal: after "word." or "quote."
    // (`country”.19 The`), or after a closing quote (`cause.”12 The`).
    const afterDot = text.charCodeAt(i) === DOT && j === i + 1 && (isLetter(before) || isCloser(before));
    const afterCloser = j > i + 1 && isCloser(text.charCodeAt(j - 1));
    if (!markerSeen && isDigit(c) && (afterDot || afterCloser)) {
      let d = j;
      while (d < end && d - j < 4 && isDigit(text.charCodeAt(d))) d++;
      if (d - j <= 3 && (d >= end || isWs(text.charCodeAt(d)))) {
        j = d;
        markerSeen = true;
        continue;
      }
    }
    return j;
  }
}

/** Returns the index of `close` when [from, …) is 1..max digits followed by it; else -1. */
function digitsThen(text: string, from: number, end: number, max: number, close: number): number {
  let d = from;
  while (d < end && d - from <= max && isDigit(text.charCodeAt(d))) d++;
  if (d === from || d - from > max || d >= end || text.charCodeAt(d) !== close) return -1;
  return d;
}

function isListMarker(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!isDigit(c) && !isLetter(c)) return false;
  }
  return true;
}

function startsCapitalised(text: string, k: number, end: number): boolean {
  let p = k;
  while (p < end && isOpener(text.charCodeAt(p))) p++;
  return p < end && isUpper(text.charCodeAt(p));
}

/** The word (letters and inner dots) immediately before offset `dot`: "U.S" for "U.S.", "Lt.Col" for "Lt.Col.". */
export function tokenBefore(text: string, dot: number): string {
  let p = dot;
  const min = Math.max(0, dot - MAX_TOKEN);
  while (p > min) {
    const c = text.charCodeAt(p - 1);
    if (isLetter(c) || (c === DOT && p - 1 > min && isLetter(text.charCodeAt(p - 2)))) p--;
    else break;
  }
  return text.slice(p, dot);
}

function abbreviationAllowsBreak(text: string, dot: number, k: number, end: number, next: number): boolean {
  const token = tokenBefore(text, dot);
  if (token.length === 0) return true;
  const lower = token.toLowerCase();
  const lastDot = lower.lastIndexOf('.');
  const last = lastDot >= 0 ? lower.slice(lastDot + 1) : lower;
  if (TITLE_ABBREVIATIONS.has(lower) || TITLE_ABBREVIATIONS.has(last)) return false;
  const numberAbbr = NUMBER_ABBREVIATIONS.has(lower);
  if (numberAbbr && isDigit(next)) return false;
  // "he wrote on X. Mujahid …": the platform formerly Twitter, after "on" or "via", is a word, not a name's initial.
  if (token === 'X' && /\b(?:on|via)\s$/.test(text.slice(Math.max(0, dot - 6), dot - 1))) return true;
  const initial = token.length === 1 && isUpper(token.charCodeAt(0));
  const initialism = lastDot >= 0 && last.length <= 2; // U.S, U.N, a.m
  if (numberAbbr || initial || initialism || AMBIGUOUS_ABBREVIATIONS.has(lower)) {
    return nextWordIsStarter(text, k, end);
  }
  return true;
}

function nextWordIsStarter(text: string, k: number, end: number): boolean {
  let p = k;
  while (p < end && isOpener(text.charCodeAt(p))) p++;
  const from = p;
  while (p < end && p - from < 16 && isLetter(text.charCodeAt(p))) p++;
  if (p === from) return isDigit(text.charCodeAt(from)) ? false : p < end;
  return SENTENCE_STARTERS.has(text.slice(from, p).toLowerCase());
}
