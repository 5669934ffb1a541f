-- Indexes from the first schema, when the review queue read scores directly: it reads
-- review_queue_items now, and no statement looks scores up by rubric version and provenance,
-- alarmism or sourcing quality (scores are read by assertion, through the unique key). A held
-- database after the sources bench (cards, lists, the map, searches, uploads, grouping, refreshes and
-- a rebuild from nothing) had made no scan of any of the three, while every scored assertion wrote an
-- entry into each.
DROP INDEX IF EXISTS "Score_rubricVersion_provenance_idx";
DROP INDEX IF EXISTS "Score_rubricVersion_alarmism_idx";
DROP INDEX IF EXISTS "Score_rubricVersion_sourcingQuality_idx";
