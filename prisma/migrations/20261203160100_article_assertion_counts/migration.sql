-- Assertions per article, for the articles list's "assertions" column and its sort: counting them
-- per request read every article's index entries, 270–340 ms at a million assertions. Assertions
-- are inserted by scoring and deleted only with their article (or a rescore that replaces them),
-- so two statement-level triggers keep the counts.
CREATE TABLE "article_assertion_counts" (
  "article_id" UUID PRIMARY KEY REFERENCES "Article"("id") ON DELETE CASCADE,
  "n" INTEGER NOT NULL
);

INSERT INTO "article_assertion_counts" ("article_id", "n")
SELECT "articleId", count(*) FROM "Assertion" GROUP BY 1;

CREATE FUNCTION "article_assertion_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "article_assertion_counts" AS c ("article_id", "n")
  SELECT "articleId", count(*) FROM added GROUP BY 1
  ON CONFLICT ("article_id") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
  RETURN NULL;
END $$;

CREATE FUNCTION "article_assertion_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "article_assertion_counts" c SET "n" = c."n" - r.n
  FROM (SELECT "articleId", count(*)::int AS n FROM removed GROUP BY 1) r
  WHERE c."article_id" = r."articleId";
  RETURN NULL;
END $$;

CREATE TRIGGER "article_assertion_counts_insert" AFTER INSERT ON "Assertion"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "article_assertion_counts_add"();
CREATE TRIGGER "article_assertion_counts_delete" AFTER DELETE ON "Assertion"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "article_assertion_counts_remove"();
