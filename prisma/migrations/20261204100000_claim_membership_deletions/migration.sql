-- Each process's in-memory claim index must be rebuilt once memberships are deleted (their
-- article was deleted). It used to notice by counting the whole table in every grouping job, an
-- index scan of every membership (tens of ms at a million), and a deletion offset by another
-- process's inserts went unnoticed. A counter that deletions and truncations bump is one row.
-- Upserted, so a wiped counter table (a test's TRUNCATE of everything) starts again, and a reader
-- treats a missing row as a value of its own.
CREATE TABLE "claim_membership_deletions" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "n" bigint NOT NULL
);
INSERT INTO "claim_membership_deletions" ("id", "n") VALUES (true, 0);

CREATE FUNCTION "claim_membership_deletions_bump"() RETURNS void LANGUAGE sql AS $$
  INSERT INTO "claim_membership_deletions" ("id", "n") VALUES (true, 1)
  ON CONFLICT ("id") DO UPDATE SET "n" = "claim_membership_deletions"."n" + 1;
$$;

CREATE FUNCTION "claim_membership_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM "claim_membership_deletions_bump"();
  ELSIF EXISTS (SELECT 1 FROM gone) THEN
    PERFORM "claim_membership_deletions_bump"();
  END IF;
  RETURN NULL;
END $$;

-- Statement level, so deleting an article's 155 members bumps it once (cascades included).
CREATE TRIGGER "claim_membership_deleted" AFTER DELETE ON "ClaimMembership"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "claim_membership_deleted"();

CREATE TRIGGER "claim_membership_truncated" AFTER TRUNCATE ON "ClaimMembership"
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_membership_deleted"();
