-- The review queue, kept per assertion so a page is an index range rather than a ranking of every
-- assertion (an unfiltered page took 7–10 s at a million assertions). One row per assertion
-- scored under its article's current rubric, with the part of its priority that depends on the
-- assertion alone (see apps/api/src/reviews/queue-priority.ts; the outlet's review coverage is
-- added when a page is read). Refreshed with the report-card summaries from source_stats_dirty,
-- whose triggers already fire on every change that moves it (scores, reviews, rubric, claim
-- standing). Raw SQL only, read by apps/api/src/reviews/queue.sql.ts.
CREATE TABLE "review_queue_items" (
  "assertion_id"    UUID        NOT NULL PRIMARY KEY,
  "article_id"      UUID        NOT NULL,
  "outlet_id"       UUID,
  "cited_source_id" UUID,
  "base_priority"   SMALLINT    NOT NULL,
  "alarmism"        SMALLINT    NOT NULL,
  "article_created" TIMESTAMPTZ NOT NULL,
  "position"        INT         NOT NULL,
  "reviewed"        BOOLEAN     NOT NULL,
  "signals"         TEXT[]      NOT NULL
);
-- The unfiltered queue: highest base priority first among the unreviewed.
CREATE INDEX "review_queue_items_open_idx" ON "review_queue_items" ("base_priority" DESC) WHERE NOT "reviewed";
CREATE INDEX "review_queue_items_article_idx" ON "review_queue_items" ("article_id");
CREATE INDEX "review_queue_items_outlet_idx" ON "review_queue_items" ("outlet_id");
CREATE INDEX "review_queue_items_cited_idx" ON "review_queue_items" ("cited_source_id");
CREATE INDEX "review_queue_items_signals_idx" ON "review_queue_items" USING gin ("signals");

-- A claim's standing (role, corroborated, contradicted) moves its summaries and queue priority:
-- queue the article from any writer, as the Score and Review triggers do.
CREATE FUNCTION "source_stats_mark_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id") VALUES (NEW."articleId") ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "source_stats_claim_update" AFTER UPDATE OF "role", "corroborated", "contradicted" ON "ClaimMembership"
  FOR EACH ROW WHEN ((OLD."role", OLD."corroborated", OLD."contradicted") IS DISTINCT FROM (NEW."role", NEW."corroborated", NEW."contradicted"))
  EXECUTE FUNCTION "source_stats_mark_claims"();

-- Fill it: every scored article is refreshed once (summaries too, which is harmless).
INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL
ON CONFLICT DO NOTHING;
