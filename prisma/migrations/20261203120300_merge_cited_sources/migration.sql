-- Merging cited sources (POST /api/sources/:id/merge, apps/api/src/sources/source-merge.service.ts).
-- The merged source's row stays as a tombstone pointing at the survivor: its canonical name keeps
-- its unique index, so scoring that finds the name again resolves it to the survivor instead of
-- creating the source anew, and a stale id (a bookmark, an old API client) can be answered with
-- the survivor's.
ALTER TABLE "CitedSource" ADD COLUMN "mergedIntoId" UUID;
ALTER TABLE "CitedSource" ADD COLUMN "mergedAt" TIMESTAMPTZ(3);
ALTER TABLE "CitedSource" ADD CONSTRAINT "CitedSource_mergedIntoId_fkey"
  FOREIGN KEY ("mergedIntoId") REFERENCES "CitedSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "CitedSource_mergedIntoId_idx" ON "CitedSource"("mergedIntoId");

-- An attribution written by a scoring job that read the source just before a merge committed
-- would otherwise point at the tombstone for ever. The merge locks both rows FOR UPDATE; this
-- reads the target FOR KEY SHARE, which waits for that lock and then sees the committed merge,
-- so the attribution lands on the survivor whichever transaction commits first.
CREATE FUNCTION "attribution_follow_merges"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next UUID;
  hops INT := 0;
BEGIN
  LOOP
    SELECT "mergedIntoId" INTO next FROM "CitedSource" WHERE "id" = NEW."citedSourceId" FOR KEY SHARE;
    EXIT WHEN next IS NULL;
    NEW."citedSourceId" := next;
    hops := hops + 1;
    -- Merges repoint earlier tombstones at the new survivor, so chains stay one hop long; this
    -- bound only stops a hand-made cycle from hanging the writer.
    IF hops > 16 THEN
      RAISE EXCEPTION 'cited source merge chain too long at %', NEW."citedSourceId";
    END IF;
  END LOOP;
  RETURN NEW;
END $$;

CREATE TRIGGER "attribution_follow_merges" BEFORE INSERT OR UPDATE OF "citedSourceId" ON "Attribution"
  FOR EACH ROW EXECUTE FUNCTION "attribution_follow_merges"();
