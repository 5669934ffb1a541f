/**
 * Locates labelled sentences in a document. Labels copy the text exactly but may collapse runs of
 * whitespace, so we search a whitespace-collapsed copy of the document and map offsets back.
 */
export class NormalisedText {
  readonly normalised: string;
  private readonly toOriginal: number[];

  constructor(readonly original: string) {
    const chars: string[] = [];
    const map: number[] = [];
    let inSpace = false;
    for (let i = 0; i < original.length; i++) {
      const c = original[i];
      if (/\s/.test(c)) {
        if (!inSpace && chars.length > 0) {
          chars.push(' ');
          map.push(i);
        }
        inSpace = true;
      } else {
        chars.push(c);
        map.push(i);
        inSpace = false;
      }
    }
    map.push(original.length);
    this.normalised = chars.join('');
    this.toOriginal = map;
  }

  /** Original-text span of `needle` at or after normalised offset `from` (falls back to the first occurrence). */
  find(needle: string, from = 0): { span: [number, number]; next: number } | null {
    const n = normalise(needle);
    let at = this.normalised.indexOf(n, from);
    if (at < 0) at = this.normalised.indexOf(n);
    if (at < 0) return null;
    const start = this.toOriginal[at];
    const end = this.toOriginal[at + n.length - 1] + 1;
    return { span: [start, end], next: at + n.length };
  }
}

export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Overlap divided by union of two spans. */
export function iou(a: readonly [number, number], b: readonly [number, number]): number {
  const overlap = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union === 0 ? 0 : overlap / union;
}

/** The item whose span overlaps `span` most, with its IoU. */
export function bestMatch<T extends { start: number; end: number }>(
  span: [number, number],
  items: readonly T[],
): { item: T; iou: number } | null {
  let best: { item: T; iou: number } | null = null;
  for (const item of items) {
    if (item.end <= span[0] || item.start >= span[1]) continue;
    const v = iou(span, [item.start, item.end]);
    if (!best || v > best.iou) best = { item, iou: v };
  }
  return best;
}
