-- A mark no longer waits for a refresh in progress. With "article_id" unique, a refresh batch that
-- had deleted an article's row (uncommitted until its refresh ends) made every writer marking the
-- same article wait for the whole batch: INSERT ... ON CONFLICT must learn whether the deletion
-- commits. Claim grouping, which re-marks older articles whose claim standing moved, spent most of
-- its time in those waits under load (npm run bench -- sources with BENCH_PG_STATEMENTS=1).
-- Marks are now plain rows, several per article if need be: a batch deletes the rows of the
-- articles it takes that it can see, and a mark committed after that stays queued for the next
-- batch, which is what the wait achieved. The writers' ON CONFLICT DO NOTHING clauses now never
-- fire and are harmless.
ALTER TABLE "source_stats_dirty" DROP CONSTRAINT "source_stats_dirty_pkey";
CREATE INDEX "source_stats_dirty_article_idx" ON "source_stats_dirty" ("article_id");
