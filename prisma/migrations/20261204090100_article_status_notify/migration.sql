-- An upload made with ?wait=true answers the moment its scoring commits: the API LISTENs on this
-- channel (article-status-waiter.ts) instead of polling the article's row. Delivered at commit, so
-- a waiter never sees a status that is rolled back. The payload is the article's id.
CREATE FUNCTION "article_status_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('article_status', NEW."id"::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "article_status_notify" AFTER UPDATE OF "status" ON "Article" FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" AND NEW."status" IN ('scored', 'failed'))
  EXECUTE FUNCTION "article_status_notify"();
