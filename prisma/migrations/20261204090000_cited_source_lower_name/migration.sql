-- Every scoring write looks its cited sources up by lower("canonicalName") (names compare
-- case-insensitively, cited-sources.ts); without this index each lookup read the whole table.
CREATE INDEX "CitedSource_lower_canonicalName_idx" ON "CitedSource" (lower("canonicalName"));
