-- A mark no longer waits for a refresh in progress. With "article_id" unique, a refresh batch that
-- had deleted an article's row (uncommitted until its refresh ends) made every writer marking the
-- same article wait for the whole batch: INSERT ... ON CONFLICT must learn whether the deletion
-- commits. Claim grouping, which re-marks older articles whose claim standing moved, spent most of
-- its time in those waits under load (npm run bench -- sources with BENCH_PG_STATEMENTS=1).
-- Marks are now plain rows, several per article if need be: a batch deletes the rows of the
-- articles it takes that it can see, and a mark committed after that stays queued for the next
-- batch, which is what the wait achieved.
ALTER TABLE "source_stats_dirty" DROP CONSTRAINT "source_stats_dirty_pkey";
CREATE INDEX "source_stats_dirty_article_idx" ON "source_stats_dirty" ("article_id");

-- The marking functions without their ON CONFLICT clauses, which no longer have a key to act on.
CREATE OR REPLACE FUNCTION "source_stats_mark_scores"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id")
  SELECT DISTINCT a."articleId" FROM changed_rows c JOIN "Assertion" a ON a."id" = c."assertionId";
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "source_stats_mark_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id") VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "source_stats_mark_publications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id") SELECT DISTINCT "articleId" FROM changed_rows;
  RETURN NULL;
END $$;

-- A claim's standing (role, corroborated, contradicted) moves its article's summaries. The per-row
-- trigger leaned on the unique key to fold one grouping statement's marks into one per article;
-- without it, it would queue a mark per changed membership (dozens per statement under load). One
-- mark per article per statement instead, as the Score and publication triggers do. Transition
-- tables cannot go with an UPDATE OF column list, so the standing is compared here; nothing is
-- inserted when it did not move (an empty insert would still notify every card cache).
DROP TRIGGER "source_stats_claim_update" ON "ClaimMembership";
CREATE OR REPLACE FUNCTION "source_stats_mark_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o USING ("assertionId")
             WHERE (o."role", o."corroborated", o."contradicted") IS DISTINCT FROM (n."role", n."corroborated", n."contradicted")) THEN
    INSERT INTO "source_stats_dirty" ("article_id")
    SELECT DISTINCT n."articleId" FROM new_rows n JOIN old_rows o USING ("assertionId")
     WHERE (o."role", o."corroborated", o."contradicted") IS DISTINCT FROM (n."role", n."corroborated", n."contradicted");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "source_stats_claim_update" AFTER UPDATE ON "ClaimMembership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_claims"();
