-- Scoring's updates of an article (status to 'scoring', then 'scored' with its summary) were never
-- HOT: "status" was indexed, so each new row version took an entry in every index on Article,
-- the search index's thousand or so words included (fastupdate off since 20261207090000). On the
-- held 1 M-assertion database, 40 uploads made 78 updates, none HOT; without this index and with
-- room left on each page, 65 of 80 were HOT. In the 1 M mixed load the two updates cost 20 and 15
-- ms a statement (3.0 s of 52 s of statement time).
-- What read it: the lost-work sweeper's two queries (every 5 s in a worker process), now a scan of
-- Article (6-18 ms at 1 M assertions, 20,000 articles), and the articles list's status filter,
-- which walks the sort's own index.
DROP INDEX IF EXISTS "Article_status_idx";
-- A new row version fits beside the old one when the page has room: 10 % of each page is left for
-- them (about two of Article's 440-byte rows). Existing pages keep their rows until rewritten.
ALTER TABLE "Article" SET (fillfactor = 90);
