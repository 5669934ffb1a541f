import * as chars from './chars';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/calendar';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { isLower, isWs } = chars;
/**
 * Headings: titles, sub-headings and press-release header lines.
 */

/** ISAF release numbers: "2010-09-CA-005", "2011-03-S-081" (possibly followed by the release line). */
const RELEASE_ID = /^\d{3,4}-\d{2}-[A-Z]{1,3}-\d{2,4}(?=\s|$)/;
/**
 * Datelines: "HERAT, Afghanistan (Oct. 3)", "GHOR PROVINCE, Afghanistan –".
 * The place is upper-case; a dateline without a date must be followed by a dash.
 */
const DATELINE =
  /^([A-Z]{2,}[A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*, [A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*)*)( \([^()\n]{2,30}\))?(\s*[-–—]+\s*|\s*$)?/u;
/** A time of day alone on its line ("6:01 p.m.", "11:20 a.m. EST"): a live blog's time stamp, the label of the entry below. */
const TIME_STAMP = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\.?$/i;
const CLOSERS = '"”’)]';
const MARKER_BEFORE = '.!?,”’")[(';
const SENTENCE_INSIDE = /[.!?…]["”’)]*\s+\p{Lu}/u;

export interface Prefix {
  /** Length of the heading part of the string. */
  head: number;
  /** Offset where the rest of the block starts (after separators); equal to the string length when nothing follows. */
  rest: number;
}

export function releaseIdPrefix(s: string): Prefix | null {
  const m = RELEASE_ID.exec(s);
  if (!m) return null;
  let rest = m[0].length;
  while (rest < s.length && /\s/.test(s[rest])) rest++;
  return { head: m[0].length, rest };
}

/** A month as datelines write it: capitalised, in full or abbreviated with an optional full stop (calendar.ts). */
const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0].toUpperCase() + m.slice(1))
  .join('|')})\\.?`;
/**
 * Datelines of a place and a date: the wire's "DUSHANBE, March 4 —" (with the agency's credit, "KABUL, Feb 14
 * (Reuters) -", or the Russian agencies' "MOSCOW, March 3. /TASS/." and "DUSHANBE. March 3 (Interfax) -") and the
 * Central Asian press services' "Bishkek, 12 May." (day before month, closed by a full stop). The place is one to three
 * capitalised words; after a full stop the body must open with a capital.
 */
const DATED_DATELINE = new RegExp(
  `^([A-Z][\\p{L}'’.-]+(?: [A-Z][\\p{L}'’.-]+){0,2}[,.] (?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?)(?: \\([^()\\n]{2,30}\\)|\\.? ?/[^/\\n]{2,30}/)?)(\\s*[-–—]+\\s*|\\.\\s+(?=\\p{Lu})|\\s*$)`,
  'u',
);

/**
 * The Central Asian state agencies' "ASTANA. KAZINFORM -", "TASHKENT. UzA -": an upper-case city, a full stop, the
 * agency's upper-case name and a dash.
 */
const AGENCY_DATELINE =
  /^([A-Z]{3,}(?:[ -][A-Z]{3,})?\. [A-Z][A-Za-z]*[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]+)?)\s*[-–—]+\s*/;

export function datelinePrefix(s: string): Prefix | null {
  const dated = DATED_DATELINE.exec(s) ?? AGENCY_DATELINE.exec(s);
  if (dated) return { head: dated[1].length, rest: dated[0].length };
  const m = DATELINE.exec(s);
  if (!m || m[3] === undefined) return null;
  const dash = /[-–—]/.test(m[3]);
  if (!m[2] && !dash) return null;
  const head = m[1].length + (m[2] ? m[2].length : 0);
  return { head, rest: m[0].length };
}

/**
 * A short title-like line: no final sentence punctuation (a question only if it
 * is a short single sentence, "Is a new war coming?").
 */
export function isHeadingLike(s: string): boolean {
  if (s.length === 0 || s.length > 150) return false;
  if (TIME_STAMP.test(s)) return true;
  const first = s.charCodeAt(0);
  if (isLower(first) || first === 0x2026 /* … */ || first === 0x28 /* ( */ || first === 0x5b /* [ */) return false;
  const words = wordCount(s, 21);
  if (words > 20) return false;
  const last = s[lastMeaningful(s)];
  if (last === '?') return words <= 10 && !SENTENCE_INSIDE.test(s);
  if (/[.!:;,…]/.test(last)) return false;
  return true;
}

/** How many runs of non-space characters `s` holds (what /\S+/g finds), counted no further than `limit`. */
function wordCount(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWs(s.charCodeAt(i));
    if (!space && !inWord && ++n >= limit) return n;
    inWord = !space;
  }
  return n;
}

/** Index of the last character that is not a closing quote/bracket or a footnote marker ("long.[1]", "region.15"). */
function lastMeaningful(s: string): number {
  let p = s.length - 1;
  while (p > 0) {
    const c = s[p];
    if (CLOSERS.includes(c)) {
      p--;
      continue;
    }
    // Two apostrophes are a double quotation mark in some newspaper styles ("… the border.''", see tokens.ts). A single
    // one is not skipped: headlines quote with single marks ("Envoy: 'Talks will resume.'") and stay headings.
    if (c === "'" && s[p - 1] === "'") {
      p -= 2;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let q = p;
      while (q > 0 && s[q] >= '0' && s[q] <= '9') q--;
      if (p - q <= 3 && MARKER_BEFORE.includes(s[q])) {
        p = s[q] === '[' || s[q] === '(' ? q - 1 : q;
        continue;
      }
    }
    break;
  }
  return p;
}
