/** The columns source_month_stats_list_idx covers. */
export const HEADLINE_COLUMNS = [
  'n',
  'articles',
  'sq_sum',
  'al_sum',
  'p_anonymous',
  'claims',
  'corroborated',
  'amplified',
] as const;

/** The source map's: means and their intervals need the sums of squares (covered since source_map_covering_index). */
export const MAP_COLUMNS = ['n', 'articles', 'sq_sum', 'sq_sq', 'al_sum', 'al_sq'] as const;
