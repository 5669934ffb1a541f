-- AlterTable
ALTER TABLE "ClaimMembership" ADD COLUMN     "contradicted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "corroborated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "role" TEXT;

-- Backfill each member's status from the stored group analyses (the corroboration job keeps them
-- current from now on). Two independent origins make a claim corroborated (rubric 1.1.0).
UPDATE "ClaimMembership" m SET "role" = r.e->>'role'
FROM "ClaimGroup" g, jsonb_array_elements(g."analysis"->'roles') r(e)
WHERE m."groupId" = g."id" AND m."assertionId" = (r.e->>'assertionId')::uuid;
UPDATE "ClaimMembership" m SET "corroborated" = true
FROM "ClaimGroup" g WHERE m."groupId" = g."id" AND g."independentOrigins" >= 2;
UPDATE "ClaimMembership" m SET "contradicted" = true
FROM "ClaimGroup" g, jsonb_array_elements(g."analysis"->'conflictingFigures') c(e)
WHERE m."groupId" = g."id" AND m."assertionId" IN ((c.e->'a'->>'assertionId')::uuid, (c.e->'b'->>'assertionId')::uuid);

-- Report-card counters of the claim groups (see apps/api/src/sources/stats-columns.ts):
-- claims = assertions specific enough to be grouped; grouped = in a group of two or more;
-- originated = the group's earliest appearance; corroborated = the claim has an independent
-- second origin; amplified = repeats an origin already present without new evidence;
-- contradicted = a group member gives a conflicting figure for the same quantity.
ALTER TABLE "source_article_stats"
  ADD COLUMN "claims" INT NOT NULL DEFAULT 0, ADD COLUMN "grouped" INT NOT NULL DEFAULT 0,
  ADD COLUMN "originated" INT NOT NULL DEFAULT 0, ADD COLUMN "corroborated" INT NOT NULL DEFAULT 0,
  ADD COLUMN "amplified" INT NOT NULL DEFAULT 0, ADD COLUMN "contradicted" INT NOT NULL DEFAULT 0;
ALTER TABLE "source_month_stats"
  ADD COLUMN "claims" INT NOT NULL DEFAULT 0, ADD COLUMN "grouped" INT NOT NULL DEFAULT 0,
  ADD COLUMN "originated" INT NOT NULL DEFAULT 0, ADD COLUMN "corroborated" INT NOT NULL DEFAULT 0,
  ADD COLUMN "amplified" INT NOT NULL DEFAULT 0, ADD COLUMN "contradicted" INT NOT NULL DEFAULT 0;

-- The source list also shows corroboration and amplification rates: cover their counters too.
DROP INDEX "source_month_stats_list_idx";
CREATE INDEX "source_month_stats_list_idx" ON "source_month_stats" ("variant", "kind", "source_id", "month")
  INCLUDE ("n", "articles", "sq_sum", "al_sum", "p_anonymous", "claims", "corroborated", "amplified", "first_at", "last_at");

-- Every summary is recomputed with the new counters (and the corroboration-aware scores).
INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL
ON CONFLICT DO NOTHING;
