-- What uploads cost searches (issue 13, the mixed load at 1 M assertions). Found with
-- BENCH_PG_STATEMENTS=1: the article searches were 35 % of PostgreSQL's time in the mix, at 137-145
-- ms a statement that takes 2-31 ms on a quiet database.

-- A GIN index takes new entries into a pending list that every search through it reads in full,
-- until the list reaches gin_pending_list_limit (4 MB by default) and the insert that overflows it
-- merges it into the index. An article's vector is about 2.4 pages of that list: 60 seed-sized
-- uploads took a filtered search from 3 ms to 38 ms. The worker now merges the list after claim
-- grouping, at most every 2 s (jobs/search-index-upkeep.ts), so it holds a few seconds' uploads; this limit
-- bounds it (about 30 ms of searching at worst) should the worker fall behind. Turning the list off
-- (fastupdate) cost every upload 6-7 ms instead; PostgreSQL's documentation names both settings for
-- indexes that must answer in steady time ("GIN Tips and Tricks").
ALTER INDEX "Article_search_idx" SET (gin_pending_list_limit = 1024);

-- No statement reads the assertions' vectors through an index: a search counts the matching
-- assertions of one page's articles, read by article and tested row by row (through this index a
-- common word would first collect a third of a million rows). It cost every upload a hundred or so
-- index entries, a 4 MB merge now and then, and 43 MB at 1 M assertions, with no scan ever made.
DROP INDEX IF EXISTS "Assertion_search_idx";
