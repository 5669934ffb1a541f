/**
 * The paragraph around an assertion, for reviewers: a lone sentence hides what it answers or
 * qualifies. Paragraphs are the segmenter's own blocks (one per line, or re-joined wrapped PDF
 * lines), found in a window of the article so a reader never needs the whole text.
 */
import { buildBlocks } from './blocks';
import { splitLines } from './lines';
import { isPdfLike } from './pdf';

export interface ParagraphAround {
  before: string;
  after: string;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Characters of context kept on each side of the assertion in a very long paragraph. */
export const CONTEXT_SIDE_MAX = 400;

// Wrapped PDF lines and runs of spaces read as one space on screen.
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

export interface WindowEdges {
  /** The window starts where the article does (a paragraph starting there is not clipped). */
  atTextStart?: boolean;
  /** The window ends where the article does. */
  atTextEnd?: boolean;
  /** Characters kept on each side; CONTEXT_SIDE_MAX by default. */
  sideMax?: number;
}

/**
 * `window` is a slice of the article text and `expectedAt` where the assertion should start in it.
 * Database offsets count code points while assertion offsets count UTF-16 units, so an article with
 * characters outside the BMP shifts the window: the assertion is then looked up nearest to
 * `expectedAt`. Null when the window does not hold the assertion at all.
 */
export function paragraphAround(
  window: string,
  assertion: string,
  expectedAt: number,
  { atTextStart = false, atTextEnd = false, sideMax = CONTEXT_SIDE_MAX }: WindowEdges = {},
): ParagraphAround | null {
  const start = locate(window, assertion, expectedAt);
  if (start < 0) return null;
  const end = start + assertion.length;
  const lines = splitLines(window);
  const blocks = buildBlocks(window, lines, isPdfLike(window, lines));
  const block = blocks.find((b) => b.start <= start && b.end >= end);
  // An assertion across blocks should not exist; keep its own lines as the paragraph then.
  const from = block ? block.start : start;
  const to = block ? block.end : end;
  // A block at the window's edge may continue outside it: that is clipping too.
  let before = window.slice(from, start);
  let after = window.slice(end, to);
  let clippedBefore = from === 0 && !atTextStart && before.length > 0;
  let clippedAfter = to === window.length && !atTextEnd && after.length > 0;
  if (before.length > sideMax) {
    const cut = before.length - sideMax;
    const space = before.indexOf(' ', cut);
    before = before.slice(space >= 0 && space < start ? space + 1 : cut);
    clippedBefore = true;
  }
  if (after.length > sideMax) {
    const space = after.lastIndexOf(' ', sideMax);
    after = after.slice(0, space > 0 ? space : sideMax);
    clippedAfter = true;
  }
  return { before: squeeze(before), after: squeeze(after), clippedBefore, clippedAfter };
}

function locate(window: string, assertion: string, expectedAt: number): number {
  if (!assertion) return -1;
  if (window.startsWith(assertion, expectedAt)) return expectedAt;
  // Shifted (see above): only ever to the left, by the astral characters before the assertion.
  const left = window.lastIndexOf(assertion, expectedAt);
  const right = window.indexOf(assertion, expectedAt);
  if (left < 0) return right;
  if (right < 0) return left;
  return expectedAt - left <= right - expectedAt ? left : right;
}
