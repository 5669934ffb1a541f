-- Each process keeps an in-memory claim index and catches up by replaying memberships with a seq
-- above the last it saw. A member whose attributes change later (its article re-dated, its cited
-- source merged) takes a new seq, so every process replays the change instead of grouping against
-- the old date or name. Role and standing updates (the analysis's own output) do not.
CREATE FUNCTION "claim_membership_replay"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."seq" := nextval(pg_get_serial_sequence('"ClaimMembership"', 'seq'));
  RETURN NEW;
END $$;

CREATE TRIGGER "claim_membership_replay"
BEFORE UPDATE OF "publishedAt", "outlet", "citedSource", "provenance", "hasEvidence" ON "ClaimMembership"
FOR EACH ROW
WHEN ((OLD."publishedAt", OLD."outlet", OLD."citedSource", OLD."provenance", OLD."hasEvidence")
  IS DISTINCT FROM (NEW."publishedAt", NEW."outlet", NEW."citedSource", NEW."provenance", NEW."hasEvidence"))
EXECUTE FUNCTION "claim_membership_replay"();
