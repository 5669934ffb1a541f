import type { GroupAnalysis } from './group-analysis';

/**
 * One assertion of a syndicated article as another outlet published it: the same text, scored
 * once on the original article, so it has no assertion of its own.
 */
export interface SyndicatedCopy {
  /** The original article's assertion that the copy repeats. */
  assertionId: string;
  /** The syndicating outlet's name. */
  outlet: string;
  publishedAt: Date | null;
}

export interface SyndicatedRepeat extends SyndicatedCopy {
  role: 'amplification';
  originKey: string;
}

export interface SyndicatedAnalysis extends GroupAnalysis {
  /** Publications of a member's text by other outlets; counted in size and amplifications. */
  syndicated: SyndicatedRepeat[];
}

/**
 * Adds syndicated copies to a group's analysis. A copy is the original's words under another
 * outlet's name, so it can never be an independent origin however the outlet is typed: it joins
 * the original member's origin and counts as one amplification (evidence in the text was already
 * counted once, for the original). The original upload stays the member of record, even when a
 * copy carries an earlier date: only the original was attributed and scored.
 */
export function withSyndicatedCopies(analysis: GroupAnalysis, copies: readonly SyndicatedCopy[]): SyndicatedAnalysis {
  const keyOf = new Map(analysis.roles.map((r) => [r.assertionId, r.originKey]));
  const origins = analysis.origins.map((o) => ({ ...o }));
  const syndicated: SyndicatedRepeat[] = [];
  for (const c of copies) {
    const originKey = keyOf.get(c.assertionId);
    if (originKey === undefined) throw new Error(`syndicated copy of ${c.assertionId}, which is not in the group`);
    origins.find((o) => o.key === originKey)!.members++;
    syndicated.push({ ...c, role: 'amplification', originKey });
  }
  const size = analysis.size + syndicated.length;
  return {
    ...analysis,
    size,
    origins,
    amplifications: analysis.amplifications + syndicated.length,
    amplifiedOnly: size > 1 && origins.length === 1,
    syndicated,
  };
}
