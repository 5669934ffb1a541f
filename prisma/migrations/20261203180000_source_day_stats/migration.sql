-- Report cards at scale (issue 13): per-(source, day) summaries between the article rows and the
-- month rows. A date window that cuts a month reads the edge days' rows (at most 31 per edge and
-- source) instead of every article row of the edge months, so a card's cost follows the months
-- and days involved, not the number of articles; month rows are re-summed from day rows.
CREATE TABLE "source_day_stats" (LIKE "source_month_stats" INCLUDING DEFAULTS);
ALTER TABLE "source_day_stats" RENAME COLUMN "month" TO "day";
ALTER TABLE "source_day_stats" ADD CONSTRAINT "source_day_stats_pkey" PRIMARY KEY ("kind", "source_id", "variant", "day", "rubric_version");
-- The dated source list's edge days across every source: an index-only scan of the headline counters.
CREATE INDEX "source_day_stats_list_idx" ON "source_day_stats" ("variant", "day")
  INCLUDE ("kind", "source_id", "n", "articles", "sq_sum", "sq_sq", "al_sum", "al_sq", "p_anonymous", "claims", "corroborated", "amplified", "first_at", "last_at");

-- Every summary is recomputed to fill the day rows (a backlog this large is rebuilt in bulk).
INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL
ON CONFLICT DO NOTHING;

-- One entry of a summary row's top lists while they are collected (written out as jsonb {id, al, sq}).
CREATE TYPE "summary_top" AS ("id" UUID, "al" INT, "sq" INT);
