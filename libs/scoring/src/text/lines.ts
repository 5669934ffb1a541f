import * as chars from './chars';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { isWs } = chars;
/**
 * Physical lines of the input, with trimmed content offsets. Lines end at "\n",
 * "\r\n", "\r", U+2028 or U+2029 — ISAF releases mix all of them.
 */

export interface Line {
  /** Raw line [start, end) without the terminator. */
  start: number;
  end: number;
  /** Trimmed content [cs, ce); cs === ce for a blank line. */
  cs: number;
  ce: number;
  /** The terminator that ended the line ("\n", "\u2028", … or "" at end of text). */
  sep: number;
}

/** isLineBreak's characters: the regex engine finds the next one far faster than a charCodeAt walk. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    LINE_BREAK.lastIndex = i;
    i = LINE_BREAK.exec(text)?.index ?? n;
    const c = i < n ? text.charCodeAt(i) : -1;
    let cs = start;
    while (cs < i && isWs(text.charCodeAt(cs))) cs++;
    let ce = i;
    while (ce > cs && isWs(text.charCodeAt(ce - 1))) ce--;
    lines.push({ start, end: i, cs, ce, sep: c });
    if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.cs === line.ce;
}

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

/** A line holding nothing but a URL (PDF link lists, "Available at:" lines). */
export function isUrlText(s: string): boolean {
  return s.length > 8 && URL_LINE.test(s);
}

/** Sentence-final punctuation at the end of a trimmed string, looking through closing quotes and markers. */
export function endsTerminal(text: string, cs: number, ce: number): boolean {
  let p = ce - 1;
  // Through trailing footnote digits/brackets and closers: "region.15", "long.[1]", `justice."`.
  let guard = 0;
  while (p > cs && guard++ < 8) {
    const c = text.charCodeAt(p);
    if (
      (c >= 0x30 && c <= 0x39) ||
      c === 0x5d ||
      c === 0x5b ||
      c === 0x29 ||
      c === 0x28 ||
      c === 0x22 ||
      c === 0x27 ||
      c === 0x201d ||
      c === 0x2019
    )
      p--;
    else break;
  }
  const c = text.charCodeAt(p);
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x3a || c === 0x3b;
}
