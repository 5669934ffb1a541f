/**
 * Collects segments and reference entries in document order. Every span is
 * trimmed here, so `segment.text === input.slice(start, end)` holds by
 * construction.
 */
import type { ReferenceEntry, Segment, SegmentKind, SegmentedDocument } from '../types';
import { markerLabels } from './references';
import * as chars from './chars';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { skipWs, trimEndAt } = chars;

export class SegmentBuilder {
  readonly segments: Segment[] = [];
  readonly entries: ReferenceEntry[] = [];
  private block = -1;
  private blockUsed = true;

  constructor(
    private readonly text: string,
    private readonly pdf: boolean,
  ) {}

  /** Start a new paragraph/block; the index only advances once something is emitted in it. */
  nextBlock(): void {
    if (this.blockUsed) {
      this.block++;
      this.blockUsed = false;
    }
  }

  emit(
    kind: SegmentKind,
    start: number,
    end: number,
    blockQuote: boolean,
    extraRefs: readonly string[] = [],
  ): Segment | null {
    const s = skipWs(this.text, start, end);
    const e = trimEndAt(this.text, s, end);
    if (e <= s) return null;
    const text = this.text.slice(s, e);
    const references = markerLabels(text, this.pdf);
    for (const r of extraRefs) if (!references.includes(r)) references.unshift(r);
    const seg: Segment = { kind, start: s, end: e, text, block: this.block, blockQuote, references };
    this.segments.push(seg);
    this.blockUsed = true;
    return seg;
  }

  entry(label: string, start: number, end: number, urls: string[]): ReferenceEntry {
    const s = skipWs(this.text, start, end);
    const e = trimEndAt(this.text, s, end);
    const entry: ReferenceEntry = { label, start: s, end: e, text: this.text.slice(s, e), urls };
    this.entries.push(entry);
    return entry;
  }

  finish(): SegmentedDocument {
    return { text: this.text, segments: this.segments, referenceEntries: this.entries };
  }
}
