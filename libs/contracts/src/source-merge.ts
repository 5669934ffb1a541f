/** POST /api/sources/:id/merge: what an admin's merge of one cited source into another did. */
export interface CitedSourceMergeResult {
  /** The source merged away: its id now answers 301 with the survivor's card. */
  merged: { id: string; name: string };
  survivor: { id: string; name: string; aliases: string[] };
  /** Attributions moved from the merged source to the survivor (every rubric version's). */
  attributionsMoved: number;
  /** Review overrides that named the merged source and now name the survivor. */
  reviewsRepointed: number;
  /** Articles queued for a refresh of their report-card summaries. */
  articlesRefreshed: number;
}
