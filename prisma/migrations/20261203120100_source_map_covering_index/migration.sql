-- The source map (GET /api/sources/map) reads every source's month rows with the sums of squares
-- for its 95% intervals: cover those two counters too, so the map, like the source list, is an
-- index-only scan over (sources × months) and never touches the wide rows or the assertions.
DROP INDEX "source_month_stats_list_idx";
CREATE INDEX "source_month_stats_list_idx" ON "source_month_stats" ("variant", "kind", "source_id", "month")
  INCLUDE ("n", "articles", "sq_sum", "sq_sq", "al_sum", "al_sq", "p_anonymous", "claims", "corroborated", "amplified", "first_at", "last_at");
