-- Report-card caches (apps/api/src/sources/card-cache.ts) live in each API process and must drop
-- what they hold as soon as any process queues a change. One notification per statement: NOTIFY
-- folds identical payloads within a transaction, and is delivered only on commit.
CREATE FUNCTION "source_stats_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('source_stats', 'dirty');
  RETURN NULL;
END $$;

CREATE TRIGGER "source_stats_dirty_notify" AFTER INSERT ON "source_stats_dirty"
  FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_notify"();
