-- Full-text search: one GIN expression index per translation table and locale,
-- with the locale's dictionary (see lib/search/documents.ts). Written by hand:
-- schema.prisma cannot express expression indexes.

CREATE INDEX "search_meeting_en_idx" ON "MeetingTranslation" USING GIN ((setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'en';

CREATE INDEX "search_news_en_idx" ON "NewsTranslation" USING GIN ((setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'en';

CREATE INDEX "search_structure_en_idx" ON "StructureTranslation" USING GIN ((setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('english'::regconfig, coalesce("mandate", '')), 'C'))) WHERE "locale" = 'en';

CREATE INDEX "search_meeting_fr_idx" ON "MeetingTranslation" USING GIN ((setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'fr';

CREATE INDEX "search_news_fr_idx" ON "NewsTranslation" USING GIN ((setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'fr';

CREATE INDEX "search_structure_fr_idx" ON "StructureTranslation" USING GIN ((setweight(to_tsvector('french'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('french'::regconfig, coalesce("mandate", '')), 'C'))) WHERE "locale" = 'fr';

CREATE INDEX "search_meeting_es_idx" ON "MeetingTranslation" USING GIN ((setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'es';

CREATE INDEX "search_news_es_idx" ON "NewsTranslation" USING GIN ((setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'es';

CREATE INDEX "search_structure_es_idx" ON "StructureTranslation" USING GIN ((setweight(to_tsvector('spanish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('spanish'::regconfig, coalesce("mandate", '')), 'C'))) WHERE "locale" = 'es';

CREATE INDEX "search_meeting_ru_idx" ON "MeetingTranslation" USING GIN ((setweight(to_tsvector('russian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'ru';

CREATE INDEX "search_news_ru_idx" ON "NewsTranslation" USING GIN ((setweight(to_tsvector('russian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'ru';

CREATE INDEX "search_structure_ru_idx" ON "StructureTranslation" USING GIN ((setweight(to_tsvector('russian'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('russian'::regconfig, coalesce("mandate", '')), 'C'))) WHERE "locale" = 'ru';

CREATE INDEX "search_meeting_ar_idx" ON "MeetingTranslation" USING GIN ((setweight(to_tsvector('arabic'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("venue", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'ar';

CREATE INDEX "search_news_ar_idx" ON "NewsTranslation" USING GIN ((setweight(to_tsvector('arabic'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce("excerpt", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("body", '')), 'C'))) WHERE "locale" = 'ar';

CREATE INDEX "search_structure_ar_idx" ON "StructureTranslation" USING GIN ((setweight(to_tsvector('arabic'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce("hostAdministration", '')), 'B') || setweight(to_tsvector('arabic'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('arabic'::regconfig, coalesce("mandate", '')), 'C'))) WHERE "locale" = 'ar';
