-- CreateIndex
CREATE INDEX "NewsArticle_publishedAt_id_idx" ON "NewsArticle"("publishedAt", "id");
