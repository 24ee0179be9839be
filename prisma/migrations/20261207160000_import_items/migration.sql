-- CreateTable
CREATE TABLE "ImportedItem" (
    "id" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "contentHash" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "meetingId" TEXT,
    "pendingUpdate" JSONB,
    "pendingHash" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportedItem_articleId_idx" ON "ImportedItem"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedItem_sourceKey_locale_key" ON "ImportedItem"("sourceKey", "locale");

-- AddForeignKey
ALTER TABLE "ImportedItem" ADD CONSTRAINT "ImportedItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
