/**
 * PDF-extracted text: lines broken mid-sentence (often with blank lines
 * between them), hyphenation across breaks, page footers with numbered
 * footnotes and their URLs interleaved with the body. We re-join body lines
 * into paragraphs (a sentence may then contain "\n" — it is still a slice of the
 * input) and carve footnote zones out as their own blocks.
 */
import type { Block } from './block';
import { endsTerminal, isBlank, isUrlText, Line } from './lines';
import { FUNCTION_WORDS } from './lexicon';
import * as chars from './chars';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { isDigit, isUpper, isWs } = chars;

/** A whitespace-only line this long is the rule PDF tools print above page footnotes. */
const FOOTNOTE_RULE_MIN = 20;
const FOOTNOTE_START = /^(\d{1,3})(?!\d)\s*\S/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;

/** Hard-wrapped text: most sizeable lines are short and end without punctuation. */
export function isPdfLike(text: string, lines: Line[]): boolean {
  let sizeable = 0;
  let wrapped = 0;
  let long = 0;
  for (const l of lines) {
    const len = l.ce - l.cs;
    // Header lines (release lines, unit names) are short everywhere; wrapped body lines are not.
    if (len < 40) continue;
    sizeable++;
    if (len > 200) long++;
    else if (len <= 110 && !endsTerminal(text, l.cs, l.ce)) wrapped++;
  }
  return sizeable >= 10 && wrapped / sizeable >= 0.5 && long / sizeable < 0.2;
}

export function buildPdfBlocks(text: string, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const content = lines.filter((l) => !isBlank(l));
  const width = typicalWidth(content);
  let cur: Block | null = null;
  let inZone = false;
  let zoneHasUrls = false;
  let zone = -1;
  let prevTerminal = true;
  let prevShort = true;
  const close = (): void => {
    cur = null;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (isBlank(line)) {
      if (line.end - line.start >= FOOTNOTE_RULE_MIN) {
        close();
        inZone = true;
        zoneHasUrls = false;
        zone++;
      } else if (line.end > line.start) {
        // A whitespace-only line inside the body marks a paragraph/section break.
        close();
        prevTerminal = true;
      }
      continue;
    }
    const s = text.slice(line.cs, line.ce);
    if (isUrlText(s)) {
      close();
      blocks.push({ start: line.cs, end: line.ce, role: 'url', zone: inZone ? zone : -1 });
      if (inZone) zoneHasUrls = true;
      continue;
    }
    if (inZone && zoneHasUrls) inZone = false; // the body resumes after the page's link list
    if (inZone) {
      if (FOOTNOTE_START.test(s) || cur === null || (cur as Block).role !== 'footnote') {
        cur = { start: line.cs, end: line.ce, role: 'footnote', zone };
        blocks.push(cur);
      } else {
        (cur as Block).end = line.ce;
      }
      continue;
    }
    if (prevTerminal && isTitleLine(s) && nextStartsUpper(text, lines, li)) {
      close();
      blocks.push({ start: line.cs, end: line.ce, role: 'heading', zone: -1 });
      prevTerminal = true;
      prevShort = true;
      continue;
    }
    const indented = line.cs > line.start && isWs(text.charCodeAt(line.start));
    const c: Block | null = cur;
    if (c !== null && c.role === 'text' && !(prevTerminal && (indented || prevShort))) {
      c.end = line.ce;
    } else {
      cur = { start: line.cs, end: line.ce, role: 'text', zone: -1 };
      blocks.push(cur);
    }
    prevTerminal = endsTerminal(text, line.cs, line.ce);
    prevShort = line.ce - line.cs < width * 0.7;
  }
  return blocks;
}

function typicalWidth(content: Line[]): number {
  if (content.length === 0) return 0;
  const lens = content.map((l) => l.ce - l.cs).sort((a, b) => a - b);
  return lens[Math.floor(lens.length * 0.75)];
}

function nextStartsUpper(text: string, lines: Line[], li: number): boolean {
  for (let k = li + 1; k < lines.length; k++) {
    if (isBlank(lines[k])) continue;
    return isUpper(text.charCodeAt(lines[k].cs));
  }
  return false;
}

/** A short title-case line: "The Displacement Question", "Role of the Neighbours", "Conclusion". */
export function isTitleLine(s: string): boolean {
  if (s.length > 70 || !isUpper(s.charCodeAt(0))) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x2e || last === 0x2c || last === 0x3b || last === 0x3a || last === 0x2d || isDigit(last)) return false;
  const words = s.match(WORD) ?? [];
  if (words.length === 0 || words.length > 10) return false;
  if (FUNCTION_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  let content = 0;
  let capital = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.toLowerCase()) && !isUpper(w.charCodeAt(0))) continue;
    content++;
    if (isUpper(w.charCodeAt(0)) || isDigit(w.charCodeAt(0))) capital++;
  }
  return content > 0 && capital / content >= 0.75;
}
