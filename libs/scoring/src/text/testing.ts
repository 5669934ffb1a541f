/** Helpers shared by the segmentation specs (not part of the public API). */
import type { Segment, SegmentKind } from '../types';
import { segment } from './index';
import { splitSentences } from './sentences';

export function sentencesOf(text: string): string[] {
  const out: Array<[number, number]> = [];
  splitSentences(text, 0, text.length, out);
  return out.map(([s, e]) => text.slice(s, e));
}

export function kinds(text: string): Array<[SegmentKind, string]> {
  return segment(text).segments.map((s) => [s.kind, s.text]);
}

export function find(text: string, startsWith: string): Segment | undefined {
  return segment(text).segments.find((s) => s.text.startsWith(startsWith));
}
