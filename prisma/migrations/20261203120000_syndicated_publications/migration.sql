-- Syndicated copies (issue 12, item 3): the same text published by another outlet. The article
-- keeps one set of assertions and scores; each publication adds its outlet's share of the
-- summaries and one amplification per grouped claim.
CREATE TABLE "ArticlePublication" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "outletId" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "title" TEXT,
    "url" TEXT,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticlePublication_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ArticlePublication_articleId_outletId_key" ON "ArticlePublication"("articleId", "outletId");
CREATE INDEX "ArticlePublication_outletId_idx" ON "ArticlePublication"("outletId");

ALTER TABLE "ArticlePublication" ADD CONSTRAINT "ArticlePublication_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticlePublication" ADD CONSTRAINT "ArticlePublication_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ArticlePublication" ADD CONSTRAINT "ArticlePublication_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A publication added, moved or removed changes its outlet's summaries: queue the article as the
-- Score, Review and Article triggers do (the refresh deletes and rewrites all of the article's rows,
-- so a removed publication's outlet rows go too). An article deleted with its publications is
-- already queued by its own trigger.
CREATE FUNCTION "source_stats_mark_publications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "source_stats_dirty" ("article_id")
  SELECT DISTINCT "articleId" FROM changed_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "source_stats_publication_insert" AFTER INSERT ON "ArticlePublication"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_publications"();
CREATE TRIGGER "source_stats_publication_update" AFTER UPDATE ON "ArticlePublication"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_publications"();
CREATE TRIGGER "source_stats_publication_delete" AFTER DELETE ON "ArticlePublication"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_stats_mark_publications"();

-- A cited source's most amplified claims are found by the name its memberships were grouped under.
CREATE INDEX "ClaimMembership_citedSource_idx" ON "ClaimMembership"("citedSource");
