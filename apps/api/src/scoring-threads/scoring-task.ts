import { scoreDocument, segment } from '@auditor/scoring';
import type { DocumentOptions, ScoredDocument } from '@auditor/scoring';
import { contentHash } from '../extraction/normalise';

/** What a scoring thread is asked to do; runs inside a worker thread (see scoring-pool.ts). */
export type ScoringTask =
  { kind: 'inspect'; text: string } | { kind: 'score'; text: string; options: DocumentOptions; maxAssertions: number };

export type ScoringResult =
  | { kind: 'inspect'; assertions: number; hash: string }
  | { kind: 'score'; doc: ScoredDocument }
  | { kind: 'too-many'; assertions: number };

const assertionCount = (text: string) => segment(text).segments.filter((s) => s.kind === 'assertion').length;

export const inspectText = (text: string) => ({ assertions: assertionCount(text), hash: contentHash(text) });

export default function run(task: ScoringTask): ScoringResult {
  // Both walk the whole text: for a 5 MB upload that is a few hundred milliseconds kept off the event loop.
  if (task.kind === 'inspect') return { kind: 'inspect', ...inspectText(task.text) };
  // Counted first: segmentation is a small share of scoring, and an oversized document is
  // refused before the expensive part and before a huge result is sent back to the main thread.
  const n = assertionCount(task.text);
  if (n > task.maxAssertions) return { kind: 'too-many', assertions: n };
  return { kind: 'score', doc: scoreDocument(task.text, task.options) };
}
