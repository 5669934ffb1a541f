/** Scores (or rescores) one article under the library's current rubric. */
export const SCORE_ARTICLE = 'score-article';
/** Enqueues SCORE_ARTICLE for every article not yet scored under the current rubric. */
export const RESCORE_ALL = 'rescore-all';

export interface ScoreArticleData {
  articleId: string;
  /** Who asked for it (null for uploads scored automatically by the system). */
  requestedBy?: string | null;
}

export interface RescoreAllData {
  requestedBy?: string | null;
}

/** Groups a scored article's assertions into claim groups (one at a time across all processes). */
export const CORROBORATE_ARTICLE = 'corroborate-article';

export interface CorroborateArticleData {
  articleId: string;
}

/**
 * Groups a batch of articles written together (a bulk import's batch): one job per batch rather
 * than per article, run after the batch commits so grouping never holds the import back.
 */
export const CORROBORATE_ARTICLES = 'corroborate-articles';

export interface CorroborateArticlesData {
  articleIds: string[];
}

/** Analyses claim groups again after some of their members were deleted with their article. */
export const REANALYSE_CLAIM_GROUPS = 'reanalyse-claim-groups';

export interface ReanalyseClaimGroupsData {
  groupIds: string[];
}
