-- Full-text search on stored documents: each translation row keeps its
-- document as a generated tsvector column in its own language's dictionary,
-- with one GIN index per table (see lib/search/documents.ts). Ranking reads
-- the stored vectors instead of parsing every matching text again. Written by
-- hand: schema.prisma cannot express generated columns or GIN indexes.

DROP INDEX "search_meeting_en_idx";
DROP INDEX "search_meeting_fr_idx";
DROP INDEX "search_meeting_es_idx";
DROP INDEX "search_meeting_ru_idx";
DROP INDEX "search_meeting_ar_idx";
DROP INDEX "search_news_en_idx";
DROP INDEX "search_news_fr_idx";
DROP INDEX "search_news_es_idx";
DROP INDEX "search_news_ru_idx";
DROP INDEX "search_news_ar_idx";
DROP INDEX "search_structure_en_idx";
DROP INDEX "search_structure_fr_idx";
DROP INDEX "search_structure_es_idx";
DROP INDEX "search_structure_ru_idx";
DROP INDEX "search_structure_ar_idx";

ALTER TABLE "MeetingTranslation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (CASE "locale" WHEN 'en' THEN setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C') WHEN 'fr' THEN setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("body", '')), 'C') WHEN 'es' THEN setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("body", '')), 'C') WHEN 'ru' THEN setweight(to_tsvector('russian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("body", '')), 'C') WHEN 'ar' THEN setweight(to_tsvector('arabic'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("body", '')), 'C') END) STORED;

CREATE INDEX "search_meeting_vector_idx" ON "MeetingTranslation" USING GIN ("searchVector");

ALTER TABLE "NewsTranslation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (CASE "locale" WHEN 'en' THEN setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C') WHEN 'fr' THEN setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("body", '')), 'C') WHEN 'es' THEN setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("body", '')), 'C') WHEN 'ru' THEN setweight(to_tsvector('russian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("body", '')), 'C') WHEN 'ar' THEN setweight(to_tsvector('arabic'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("body", '')), 'C') END) STORED;

CREATE INDEX "search_news_vector_idx" ON "NewsTranslation" USING GIN ("searchVector");

ALTER TABLE "StructureTranslation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (CASE "locale" WHEN 'en' THEN setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('english'::regconfig, coalesce("mandate", '')), 'C') WHEN 'fr' THEN setweight(to_tsvector('french'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('french'::regconfig, coalesce("mandate", '')), 'C') WHEN 'es' THEN setweight(to_tsvector('spanish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('spanish'::regconfig, coalesce("mandate", '')), 'C') WHEN 'ru' THEN setweight(to_tsvector('russian'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('russian'::regconfig, coalesce("mandate", '')), 'C') WHEN 'ar' THEN setweight(to_tsvector('arabic'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('arabic'::regconfig, coalesce("mandate", '')), 'C') END) STORED;

CREATE INDEX "search_structure_vector_idx" ON "StructureTranslation" USING GIN ("searchVector");

