-- Articles at corpus scale (issue 12 item 4).

-- Where the publication date came from. Dates already stored were given with the upload.
CREATE TYPE "PublishedAtSource" AS ENUM ('given', 'metadata', 'text', 'none');
ALTER TABLE "Article" ADD COLUMN "publishedAtSource" "PublishedAtSource" NOT NULL DEFAULT 'none';
UPDATE "Article" SET "publishedAtSource" = 'given' WHERE "publishedAt" IS NOT NULL;
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- Full-text search: stored tsvectors (a GIN index over an expression would have to recompute
-- to_tsvector on every matching row to rank it or recheck it). The title weighs above the text.
-- Titles derived from the text are stored like given ones, so they are searched too.
ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', "text"), 'B')
) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- The title alone, for ranking: ts_rank over "search" would detoast every match's whole-text vector
-- (a common word matches every article), and to_tsvector on the fly costs ~50 µs a row.
ALTER TABLE "Article" ADD COLUMN "titleSearch" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", ''))) STORED;

ALTER TABLE "Assertion" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;
CREATE INDEX "Assertion_search_idx" ON "Assertion" USING GIN ("search");

-- An article's mean scores for the list (sort and filter by score): its corpus summary row's
-- counters, read by an index-only scan instead of the wide rows with their top lists.
CREATE INDEX "source_article_stats_article_means_idx" ON "source_article_stats" ("article_id")
  INCLUDE ("n", "sq_sum", "al_sum") WHERE "kind" = 'corpus' AND "variant" = 'reviewed';

-- Report cards no longer file an undated article under its upload month (it sits in the undated
-- bucket, counted in totals, outside the trend): recompute the summaries of every undated article.
INSERT INTO "source_stats_dirty" ("article_id")
SELECT "id" FROM "Article" WHERE "publishedAt" IS NULL AND "rubricVersion" IS NOT NULL
ON CONFLICT DO NOTHING;
