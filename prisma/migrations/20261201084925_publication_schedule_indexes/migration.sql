-- CreateIndex
CREATE INDEX "Meeting_publishAt_idx" ON "Meeting"("publishAt");

-- CreateIndex
CREATE INDEX "NewsArticle_publishAt_idx" ON "NewsArticle"("publishAt");
