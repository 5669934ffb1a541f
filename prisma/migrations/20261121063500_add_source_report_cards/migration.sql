-- Source report cards: per-(source, article) and per-(source, month) summaries, kept current from
-- a dirty-article queue that triggers fill. Raw SQL only (read with $queryRaw by
-- apps/api/src/sources), so these tables are not Prisma models.
--
-- kind: 'outlet' | 'cited' | 'corpus' (one row per article under the nil uuid, for corpus averages)
-- variant: 'auto' (automatic scores only) | 'reviewed' (newest review replaces automatic values,
-- dismissed assertions excluded). Both are kept so a card can say whether reviews changed it.
-- Every counter is summable, so a month row is the sum of its article rows and a card is the sum
-- of its month rows (means and CIs come from n, sum and sum of squares).

CREATE TABLE "source_article_stats" (
  "article_id"     UUID        NOT NULL,
  "kind"           TEXT        NOT NULL,
  "source_id"      UUID        NOT NULL,
  "variant"        TEXT        NOT NULL,
  "month"          TIMESTAMPTZ NOT NULL,
  "at"             TIMESTAMPTZ NOT NULL,
  "rubric_version" TEXT        NOT NULL,
  "n" INT NOT NULL, "articles" INT NOT NULL,
  "sq_sum" BIGINT NOT NULL, "sq_sq" BIGINT NOT NULL, "al_sum" BIGINT NOT NULL, "al_sq" BIGINT NOT NULL,
  "sq_b0" INT NOT NULL, "sq_b1" INT NOT NULL, "sq_b2" INT NOT NULL, "sq_b3" INT NOT NULL, "sq_b4" INT NOT NULL,
  "al_b0" INT NOT NULL, "al_b1" INT NOT NULL, "al_b2" INT NOT NULL, "al_b3" INT NOT NULL, "al_b4" INT NOT NULL,
  "p_official" INT NOT NULL, "p_military" INT NOT NULL, "p_insurgent" INT NOT NULL, "p_independent" INT NOT NULL,
  "p_media" INT NOT NULL, "p_anonymous" INT NOT NULL, "p_unattributed" INT NOT NULL,
  "hedged" INT NOT NULL,
  "rel_a" INT NOT NULL, "rel_b" INT NOT NULL, "rel_c" INT NOT NULL, "rel_d" INT NOT NULL, "rel_e" INT NOT NULL, "rel_f" INT NOT NULL,
  "cred_1" INT NOT NULL, "cred_2" INT NOT NULL, "cred_3" INT NOT NULL, "cred_4" INT NOT NULL, "cred_5" INT NOT NULL, "cred_6" INT NOT NULL,
  "reviewed" INT NOT NULL, "overridden" INT NOT NULL, "dismissed" INT NOT NULL,
  "first_at" TIMESTAMPTZ, "last_at" TIMESTAMPTZ,
  -- Up to 5 {id, al, sq} each: the most alarmist and the worst-sourced assertions.
  "top_alarmist" JSONB NOT NULL DEFAULT '[]', "top_worst" JSONB NOT NULL DEFAULT '[]',
  CONSTRAINT "source_article_stats_pkey" PRIMARY KEY ("article_id", "kind", "source_id", "variant")
);
-- Month recomputation and the partial months at the edges of a date filter.
CREATE INDEX "source_article_stats_source_at_idx" ON "source_article_stats" ("kind", "source_id", "variant", "at");
-- Edge months of a dated source list, across all sources.
CREATE INDEX "source_article_stats_at_idx" ON "source_article_stats" ("at");

CREATE TABLE "source_month_stats" (LIKE "source_article_stats" INCLUDING DEFAULTS);
ALTER TABLE "source_month_stats" DROP COLUMN "article_id", DROP COLUMN "at";
ALTER TABLE "source_month_stats" ADD CONSTRAINT "source_month_stats_pkey" PRIMARY KEY ("kind", "source_id", "variant", "month", "rubric_version");
-- The source list reads only these columns: an index-only scan instead of the heap.
CREATE INDEX "source_month_stats_list_idx" ON "source_month_stats" ("variant", "kind", "source_id", "month")
  INCLUDE ("n", "articles", "sq_sum", "al_sum", "p_anonymous", "first_at", "last_at");

-- Articles whose contribution must be recomputed. Filled by triggers, so every writer (API,
-- worker-only processes, import CLI, direct SQL) is covered without calling the sources module.
CREATE TABLE "source_stats_dirty" (
  "article_id" UUID        NOT NULL PRIMARY KEY,
  "queued_at"  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX "source_stats_dirty_queued_idx" ON "source_stats_dirty" ("queued_at");

CREATE FUNCTION "source_stats_mark_scores"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id")
  SELECT DISTINCT a."articleId" FROM changed_rows c JOIN "Assertion" a ON a."id" = c."assertionId"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "source_stats_score_insert" AFTER INSERT ON "Score"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_scores"();
CREATE TRIGGER "source_stats_review_insert" AFTER INSERT ON "Review"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_scores"();
CREATE TRIGGER "source_stats_review_update" AFTER UPDATE ON "Review"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_scores"();
CREATE TRIGGER "source_stats_review_delete" AFTER DELETE ON "Review"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_scores"();

CREATE FUNCTION "source_stats_mark_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id") VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Only changes that move an article's contribution: a new current rubric, another date or outlet.
CREATE TRIGGER "source_stats_article_update" AFTER UPDATE ON "Article" FOR EACH ROW
  WHEN (OLD."rubricVersion" IS DISTINCT FROM NEW."rubricVersion" OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt"
        OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."outletId" IS DISTINCT FROM NEW."outletId")
  EXECUTE FUNCTION "source_stats_mark_article"();
CREATE TRIGGER "source_stats_article_delete" AFTER DELETE ON "Article" FOR EACH ROW
  EXECUTE FUNCTION "source_stats_mark_article"();

-- Backfill: every article already scored is queued; the API's refresher works the queue off.
INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL;
