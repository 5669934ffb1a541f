/**
 * Blocks: the paragraph-level spans that sentences may not cross.
 *
 * Web pages and press releases put one paragraph per line (or per U+2028), so
 * every non-blank line is a block unless it was visibly wrapped mid-sentence.
 * PDF-extracted text is handled by pdf.ts.
 */
import type { Block } from './block';
import { endsTerminal, isBlank, isUrlText, Line } from './lines';
import { buildPdfBlocks } from './pdf';
import * as chars from './chars';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { countWords, isLetter, isLower } = chars;

/** Words after which a line cannot end a sentence or a title: the line was wrapped. */
const WRAP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'to',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'that',
  'which',
  'at',
  'on',
  'into',
  'between',
  'than',
  'whose',
  'its',
  'their',
]);

export function buildBlocks(text: string, lines: Line[], pdf: boolean): Block[] {
  return pdf ? buildPdfBlocks(text, lines) : buildLineBlocks(text, lines);
}

function buildLineBlocks(text: string, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    if (isBlank(line)) {
      cur = null;
      prev = null;
      continue;
    }
    const content = text.slice(line.cs, line.ce);
    if (isUrlText(content)) {
      blocks.push({ start: line.cs, end: line.ce, role: 'url', zone: -1 });
      cur = null;
      prev = null;
      continue;
    }
    if (cur && prev && isWrapped(text, prev, line)) {
      cur.end = line.ce;
    } else {
      cur = { start: line.cs, end: line.ce, role: 'text', zone: -1 };
      blocks.push(cur);
    }
    prev = line;
  }
  return blocks;
}

/** A hard-wrapped line: no final punctuation, long, and either the next line starts lower-case or this one ends on a function word/comma. */
function isWrapped(text: string, prev: Line, next: Line): boolean {
  if (prev.ce - prev.cs < 40 || endsTerminal(text, prev.cs, prev.ce)) return false;
  if (isLower(text.charCodeAt(next.cs))) return true;
  const last = text.charCodeAt(prev.ce - 1);
  if (last === 0x2c /* , */) return true;
  if (!WRAP_WORDS.has(lastWord(text, prev.cs, prev.ce))) return false;
  return countWords(text, prev.cs, prev.ce) >= 8;
}

/** The last run of letters in [start, end), scanning backwards (no regex: this runs on every line). */
function lastWord(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && !isLetter(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > start && e - b < 20 && isLetter(text.charCodeAt(b - 1))) b--;
  return text.slice(b, e);
}
