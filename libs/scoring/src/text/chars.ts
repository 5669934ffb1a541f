/**
 * Character-class helpers on UTF-16 code units. The segmenter works on offsets
 * into the caller's string, so everything here inspects single code units
 * instead of building substrings.
 */

/** Same set JavaScript's String.prototype.trim removes, so our spans agree with trim(). */
export function isWs(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Runs of non-space (`isWs`) in text[start, end): `slice(start, end).split(/\s+/).filter(Boolean).length` without the pieces. */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const ws = isWs(text.charCodeAt(i));
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}

/** Line separators: "\n", "\r", U+2028 (ISAF releases), U+2029. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLower(c) || isAsciiUpper(c);
  return LETTER.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return isAsciiUpper(c);
  return UPPER.test(String.fromCharCode(c));
}

export function isLower(c: number): boolean {
  if (c < 0x80) return isAsciiLower(c);
  return LOWER.test(String.fromCharCode(c));
}

/** Closing punctuation that belongs to the sentence it follows: quotes, brackets. */
export function isCloser(c: number): boolean {
  return (
    c === 0x22 /* " */ ||
    c === 0x27 /* ' */ ||
    c === 0x29 /* ) */ ||
    c === 0x5d /* ] */ ||
    c === 0x201d /* ” */ ||
    c === 0x2019 /* ’ */ ||
    c === 0xbb /* » */ ||
    c === 0x203a /* › */
  );
}

/** Characters that may open a sentence besides letters and digits. */
export function isOpener(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x28 /* ( */ ||
    c === 0x5b /* [ */ ||
    c === 0x201c /* “ */ ||
    c === 0x2018 /* ‘ */ ||
    c === 0xab /* « */ ||
    c === 0x2026 /* … */ ||
    c === 0x201e /* „ */
  );
}

export const DOT = 0x2e;
export const QUESTION = 0x3f;
export const EXCLAIM = 0x21;
export const ELLIPSIS = 0x2026;

export function isTerminal(c: number): boolean {
  return c === DOT || c === QUESTION || c === EXCLAIM || c === ELLIPSIS;
}

export function skipWs(text: string, i: number, end: number): number {
  while (i < end && isWs(text.charCodeAt(i))) i++;
  return i;
}

export function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  return end;
}
