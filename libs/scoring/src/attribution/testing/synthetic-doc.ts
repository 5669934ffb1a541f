/**
 * Test support: a SegmentedDocument from paragraphs of sentences, so rule tests need no segmenter.
 * A paragraph following one that ends with ":" is a block quotation, as the segmenter marks it.
 */
import type { Segment, SegmentKind, SegmentedDocument } from '../../types';

export function docFrom(paragraphs: Array<Array<string | { text: string; kind: SegmentKind }>>): SegmentedDocument {
  let text = '';
  const segments: Segment[] = [];
  paragraphs.forEach((sentences, block) => {
    if (block > 0) text += '\n\n';
    const blockQuote = block > 0 && /:\s*$/.test(segments[segments.length - 1]?.text ?? '');
    sentences.forEach((s, k) => {
      const { text: sentence, kind } = typeof s === 'string' ? { text: s, kind: 'assertion' as SegmentKind } : s;
      if (k > 0) text += ' ';
      const start = text.length;
      text += sentence;
      segments.push({ kind, start, end: text.length, text: sentence, block, blockQuote, references: [] });
    });
  });
  return { text, segments, referenceEntries: [] };
}
