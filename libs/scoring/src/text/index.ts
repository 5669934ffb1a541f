/**
 * Segmentation stage: article text → headings, captions, questions,
 * references and assertions, each a trimmed slice of the original input.
 */
import type { ReferenceEntry, SegmentedDocument, SegmentKind } from '../types';
import type { Block } from './block';
import { buildBlocks } from './blocks';
import { isBoilerplateBlock, isBoilerplateLine, isSectionName, isTagLine } from './boilerplate';
import { SegmentBuilder } from './builder';
import { creditStart } from './captions';
import { datelinePrefix, isHeadingLike, releaseIdPrefix } from './headings';
import { splitLines } from './lines';
import { isPdfLike } from './pdf';
import { findUrls, isBibliographic, isPointer, leadingLabel } from './references';
import { splitSentences } from './sentences';

export { splitSentences } from './sentences';

/** "1. ", "• ", "- " list markers are layout, not content. */
const LIST_MARKER = /^(?:\d{1,2}[.)]|[•▪◦·*-])\s+/;
const PDF_FOOTNOTE_LABEL = /^(\d{1,3})(?!\d)\s*/;
const ENDS_COLON = /:["”’]?$/;
/** Headings of a citation list at an article's end. */
const REFERENCE_HEADING =
  /^\s*(?:references?|notes|end ?notes|foot ?notes|sources|bibliography|works cited|literature)\s*:?\s*$/i;
const CROSS_REFERENCE = /^(?:ibid|ibidem|op\.? ?cit)\b|\bno\. ?\d+\.?$/i;

export function segment(text: string): SegmentedDocument {
  const lines = splitLines(text);
  const pdf = isPdfLike(text, lines);
  const blocks = keepContent(text, buildBlocks(text, lines, pdf));
  return new Segmenter(text, pdf).run(blocks);
}

/** Drop boilerplate blocks, section labels above the first paragraph, and a trailing tag line. */
function keepContent(text: string, blocks: Block[]): Block[] {
  const kept: Block[] = [];
  let seenBody = false;
  for (const b of blocks) {
    const s = text.slice(b.start, b.end);
    if (b.role !== 'url' && isBoilerplateBlock(s)) continue;
    if (!seenBody && isSectionName(s)) continue;
    if (b.role === 'text' && !isHeadingLike(s)) seenBody = true;
    kept.push(b);
  }
  while (kept.length > 0) {
    const last = kept[kept.length - 1];
    if (last.role === 'url' || !isTagLine(text.slice(last.start, last.end))) break;
    kept.pop();
  }
  return kept;
}

class Segmenter {
  private readonly out: SegmentBuilder;
  private prevEndsColon = false;
  private lastEntry: ReferenceEntry | null = null;
  /** Under a "References", "Notes" or "Sources" heading: its list items are citations when they read as one. */
  private referenceSection = false;
  /** PDF footnote zones: bibliographic entries and the page's URL lines, matched up at the end. */
  private readonly zones = new Map<number, { entries: ReferenceEntry[]; urls: string[] }>();
  private readonly spans: Array<[number, number]> = [];
  /**
   * The current block's span: keepContent already found its text is not a boilerplate line, so a
   * sentence spanning the whole block needs no second look (three in four sentence checks in press
   * releases were such repeats).
   */
  private blockStart = -1;
  private blockEnd = -1;

  constructor(
    private readonly text: string,
    pdf: boolean,
  ) {
    this.out = new SegmentBuilder(text, pdf);
  }

  run(blocks: Block[]): SegmentedDocument {
    for (const b of blocks) {
      this.out.nextBlock();
      this.blockStart = b.start;
      this.blockEnd = b.end;
      if (b.role === 'url') this.url(b);
      else if (b.role === 'footnote') this.footnote(b);
      else if (b.role === 'heading') this.heading(b.start, b.end);
      else this.textBlock(b.start, b.end);
    }
    this.assignZoneUrls();
    return this.out.finish();
  }

  private heading(start: number, end: number): void {
    this.out.emit('heading', start, end, false);
    this.referenceSection = REFERENCE_HEADING.test(this.text.slice(start, end));
    this.prevEndsColon = false;
    this.lastEntry = null;
  }

  private url(b: Block): void {
    this.out.emit('reference', b.start, b.end, false);
    const url = this.text.slice(b.start, b.end);
    if (b.zone >= 0) this.zone(b.zone).urls.push(url);
    else if (this.lastEntry) this.lastEntry.urls.push(url);
    else this.lastEntry = this.out.entry('', b.start, b.end, [url]);
    this.prevEndsColon = false;
  }

  private footnote(b: Block): void {
    const s = this.text.slice(b.start, b.end);
    const m = PDF_FOOTNOTE_LABEL.exec(s);
    const label = m ? m[1] : '';
    const body = m ? s.slice(m[0].length) : s;
    if (isBibliographic(body)) {
      this.out.emit('reference', b.start, b.end, false, label ? [label] : []);
      const entry = this.out.entry(label, b.start, b.end, findUrls(s));
      if (!CROSS_REFERENCE.test(body.trim())) this.zone(b.zone).entries.push(entry);
    } else {
      this.sentences(b.start, b.end, 'assertion', false, label ? [label] : []);
    }
    this.prevEndsColon = false;
  }

  private textBlock(start: number, end: number): void {
    const s = this.text.slice(start, end);
    const release = releaseIdPrefix(s);
    if (release) {
      this.out.emit('heading', start, start + release.head, false);
      if (release.rest < s.length) this.textBlock(start + release.rest, end);
      return;
    }
    const dateline = datelinePrefix(s);
    if (dateline) {
      this.out.emit('heading', start, start + dateline.head, false);
      if (dateline.rest < s.length) this.body(start + dateline.rest, end);
      return;
    }
    const label = leadingLabel(s);
    if (label !== null) {
      this.note(start, end, s, label);
      return;
    }
    const credit = creditStart(s);
    if (credit > 0) {
      this.sentences(start, start + credit, 'caption', false, []);
      this.prevEndsColon = false;
      return;
    }
    if (isHeadingLike(s)) {
      this.heading(start, end);
      return;
    }
    this.body(start, end);
  }

  /** "[1] Author, “Title,” 2007, https://…" is a reference; "(3) Analysts in Dushanbe say …" is prose. */
  private note(start: number, end: number, s: string, label: string): void {
    const body = s.replace(/^(?:\(\d+\)|\[\d+\])\s*/, '');
    if (isBibliographic(body)) {
      this.out.emit('reference', start, end, false);
      this.lastEntry = this.out.entry(label, start, end, findUrls(s));
    } else {
      this.sentences(start, end, 'assertion', false, []);
      this.lastEntry = null;
    }
    this.prevEndsColon = false;
  }

  private body(start: number, end: number): void {
    const s = this.text.slice(start, end);
    const list = LIST_MARKER.exec(s);
    const from = list ? start + list[0].length : start;
    // "1. Eurasianet, “Tajikistan warns …”, 12 October 2021.": an entry of the list a references heading opens.
    if (this.referenceSection && isBibliographic(this.text.slice(from, end), true)) {
      this.out.emit('reference', start, end, false);
      const label = list ? (/^\d+/.exec(list[0])?.[0] ?? '') : '';
      this.lastEntry = this.out.entry(label, start, end, findUrls(s));
      this.prevEndsColon = false;
      return;
    }
    const quoted = (this.prevEndsColon && !list) || s.startsWith('…') || s.startsWith('...');
    this.sentences(from, end, 'assertion', quoted, []);
    this.prevEndsColon = ENDS_COLON.test(s);
    this.lastEntry = null;
  }

  /** Split into sentences; body sentences become questions/pointer references by their own shape. */
  private sentences(start: number, end: number, kind: SegmentKind, blockQuote: boolean, firstRefs: string[]): void {
    const spans = this.spans;
    spans.length = 0;
    splitSentences(this.text, start, end, spans);
    let first = true;
    for (const [s, e] of spans) {
      const t = this.text.slice(s, e);
      if (t.length <= 100 && !(s === this.blockStart && e === this.blockEnd) && isBoilerplateLine(t)) continue;
      let k = kind;
      if (kind === 'assertion') {
        if (endsWithQuestion(t)) k = 'question';
        else if (isPointer(t.replace(/^(?:\(\d+\)|\[\d+\])\s*/, ''))) k = 'reference';
      }
      this.out.emit(k, s, e, blockQuote, first ? firstRefs : []);
      first = false;
    }
  }

  private zone(id: number): { entries: ReferenceEntry[]; urls: string[] } {
    let z = this.zones.get(id);
    if (!z) {
      z = { entries: [], urls: [] };
      this.zones.set(id, z);
    }
    return z;
  }

  /**
   * PDF pages list one URL line per hyperlinked footnote line, in footnote order
   * (repeated when a citation wraps). Collapse repeats and pair them in order
   * with the page's citations; "Ibid." and "No. 2" cross-references have none.
   */
  private assignZoneUrls(): void {
    for (const z of this.zones.values()) {
      const urls = z.urls.filter((u, i) => i === 0 || u !== z.urls[i - 1]);
      if (z.entries.length === 0) continue;
      urls.forEach((u, i) => {
        const entry = z.entries[Math.min(i, z.entries.length - 1)];
        if (!entry.urls.includes(u)) entry.urls.push(u);
      });
    }
  }
}

function endsWithQuestion(t: string): boolean {
  let p = t.length - 1;
  while (p > 0 && /[\d"”’')\][(]/.test(t[p])) p--;
  return t[p] === '?' && !reportedQuestion(t, p);
}

/**
 * "The governor then asked the elders, “Will the road stay open?”": a question quoted after a reporting frame (a comma
 * or colon before the quotation) ends a declarative sentence, a report that the question was asked, whose matrix clause
 * may carry claims of its own ("X said the post was moved and asked, “…?”").
 */
function reportedQuestion(t: string, p: number): boolean {
  const open = Math.max(t.lastIndexOf('“', p), t.lastIndexOf('"', p - 1), t.lastIndexOf("''", p - 1));
  return open > 0 && /[,:]\s*$/.test(t.slice(Math.max(0, open - 3), open));
}
