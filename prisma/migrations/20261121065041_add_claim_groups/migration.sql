-- CreateTable
CREATE TABLE "ClaimMembership" (
    "assertionId" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "groupId" UUID NOT NULL,
    "matchedAssertionId" UUID,
    "score" DOUBLE PRECISION NOT NULL,
    "specific" BOOLEAN NOT NULL,
    "articleId" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "outlet" TEXT NOT NULL,
    "citedSource" TEXT,
    "provenance" "Provenance" NOT NULL,
    "hasEvidence" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimMembership_pkey" PRIMARY KEY ("assertionId")
);

-- CreateTable
CREATE TABLE "ClaimGroup" (
    "id" UUID NOT NULL,
    "members" INTEGER NOT NULL,
    "independentOrigins" INTEGER NOT NULL,
    "amplifications" INTEGER NOT NULL,
    "corroborations" INTEGER NOT NULL,
    "amplifiedOnly" BOOLEAN NOT NULL,
    "conflictingFigures" INTEGER NOT NULL,
    "analysis" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClaimGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMembership_seq_key" ON "ClaimMembership"("seq");

-- CreateIndex
CREATE INDEX "ClaimMembership_groupId_idx" ON "ClaimMembership"("groupId");

-- CreateIndex
CREATE INDEX "ClaimMembership_articleId_idx" ON "ClaimMembership"("articleId");

-- CreateIndex
CREATE INDEX "ClaimGroup_amplifiedOnly_idx" ON "ClaimGroup"("amplifiedOnly");

-- AddForeignKey
ALTER TABLE "ClaimMembership" ADD CONSTRAINT "ClaimMembership_assertionId_fkey" FOREIGN KEY ("assertionId") REFERENCES "Assertion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
