/**
 * Direct-quotation state across the sentences of a block, so a quote that opens in one sentence
 * and closes with ",” said Col. X" two sentences later is credited to X in every sentence it spans.
 */
import type { Segment } from '../types';
import * as chars from '../text/chars';

export interface QuoteState {
  /** The sentence begins inside a quotation opened in an earlier sentence of the same block. */
  openAtStart: boolean;
  /** The sentence leaves a quotation open. */
  openAtEnd: boolean;
  /** Longest quoted run in the sentence, in words (scare quotes are one or two). */
  longestQuoteWords: number;
  /** The sentence is one double quotation and nothing else (“It never comes.”): someone's words, however short. */
  wholeQuote: boolean;
}

/** One double quotation from the sentence's start to its end, with only its closing punctuation after it. */
const WHOLE_QUOTE = /^\s*(?:[“"«]|'')[^“”"«»]+(?:[”"»]|'')[.!?…]?\s*$/;

type Open = null | 'double' | 'single';

const QUOTE_CHARS = /[“”"‘’'«»]/;
/** The quotation marks as UTF-16 units: “ ” " ‘ ’ ' « ». */
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const STRAIGHT_DOUBLE = 0x22;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const APOSTROPHE = 0x27;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;

/** Transliterated names ("Pul-e ‘Alam") mark an ayn with a quote sign after the Persian ezafe "-e"/"-i". */
const EZAFE = /[-‐](?:e|i|ye)\s$/i;

/**
 * "the '60s", "class of ’05": an apostrophe before two digits elides a century (a smart-quote editor often curls it
 * the wrong way, as ‘60s), and opens no quotation.
 */
const DECADE = /^\d\d(?:s|’s|'s)?(?![\p{L}\p{N}])/u;

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

// Bound once: a cross-module call under CommonJS interop otherwise goes through an export getter (see text/blocks.ts).
const { countWords } = chars;

export function quoteStates(segments: Segment[]): QuoteState[] {
  const out: QuoteState[] = [];
  let open: Open = null;
  let block = -1;
  for (const seg of segments) {
    if (seg.block !== block || seg.kind === 'heading') open = null;
    block = seg.block;
    const text = seg.text;
    const openAtStart = open !== null;
    let runStart = openAtStart ? 0 : -1;
    let longest = 0;
    const close = (at: number) => {
      longest = Math.max(longest, countWords(text, Math.max(runStart, 0), at));
      open = null;
    };
    // Most sentences hold no quotation mark at all: skip the character scan for them.
    const scan = open !== null || QUOTE_CHARS.test(text);
    // Compared as UTF-16 units: taking each character as a one-character string made this loop ~5% of attribute().
    for (let i = 0; scan && i < text.length; i++) {
      const c = text.charCodeAt(i);
      // '' is a double quotation mark (see tokens.ts).
      const doubled = c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE;
      if (doubled) {
        if (open === null) {
          open = 'double';
          runStart = i + 2;
        } else if (open === 'double') close(i);
        i++;
        continue;
      }
      if (open === null) {
        if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET || c === STRAIGHT_DOUBLE) {
          open = 'double';
          runStart = i + 1;
        } else if (
          (c === LEFT_SINGLE || (c === APOSTROPHE && !isLetter(text[i - 1]) && isLetter(text[i + 1]))) &&
          !EZAFE.test(text.slice(Math.max(0, i - 4), i)) &&
          !DECADE.test(text.slice(i + 1, i + 5))
        ) {
          open = 'single';
          runStart = i + 1;
        }
      } else if (open === 'double') {
        if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET || c === STRAIGHT_DOUBLE) close(i);
      } else if ((c === RIGHT_SINGLE || c === APOSTROPHE) && !isLetter(text[i + 1])) {
        close(i);
      }
    }
    if (open !== null) longest = Math.max(longest, countWords(text, Math.max(runStart, 0), text.length));
    out.push({
      openAtStart,
      openAtEnd: open !== null,
      longestQuoteWords: longest,
      wholeQuote: !openAtStart && WHOLE_QUOTE.test(text),
    });
  }
  return out;
}
