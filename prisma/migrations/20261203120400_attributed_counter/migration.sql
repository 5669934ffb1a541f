-- Report-card counter of assertions attributed to a cited source (see
-- apps/api/src/summaries/stats-columns.ts). A card's verdict says how much of a source is
-- attributed; provenance cannot tell, as an outlet's own voice takes the outlet's type.
ALTER TABLE "source_article_stats" ADD COLUMN "attributed" INT NOT NULL DEFAULT 0;
ALTER TABLE "source_month_stats" ADD COLUMN "attributed" INT NOT NULL DEFAULT 0;

-- Every summary is recomputed to fill it.
INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL
ON CONFLICT DO NOTHING;
