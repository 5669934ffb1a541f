-- Searches planned as if uploads were not there (issue 13, the mixed load at 1 M assertions).
-- Migration 20261206120000 kept the article search index's pending list short by merging it every
-- 2 s. The cost of a short list was not the list itself (36 pending pages add about 2 ms to a scan)
-- but the plan: the planner charges every pending page at random_page_cost, and with ten articles'
-- entries pending (14-18 pages) a search filtered by outlet type and dates left the GIN index for
-- a date-index scan that tests the text match row by row, detoasting each article's 6-8 KB vector
-- (2,800 of them): 2.2 ms became 35-83 ms on a quiet database, 130 ms under the mixed load, where
-- the list was never empty. With fastupdate off an upload writes its entries into the tree (about
-- 3 ms more per 8 KB article at 1 M assertions) and no list, merge or plan change exists.
-- PostgreSQL's "GIN Tips and Tricks" names this setting for indexes that must answer in steady time.
ALTER INDEX "Article_search_idx" SET (fastupdate = off);
ALTER INDEX "Article_search_idx" RESET (gin_pending_list_limit);
-- Turning the list off does not empty it (ALTER INDEX, "fastupdate").
SELECT gin_clean_pending_list('"Article_search_idx"'::regclass);
