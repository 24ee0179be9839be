-- Search that tolerates small typos in names, and excerpts without Markdown.
-- Written by hand: schema.prisma cannot express extensions, trigram indexes,
-- functions or triggers. See lib/search/typos.ts and lib/data/search.ts.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The vocabulary of names ("SearchTerm"), indexed by trigrams: a search word
-- that is not in it is matched against it with pg_trgm's similarity (the
-- PostgreSQL manual's pg_trgm "Text Search Integration"), and the closest
-- names join the query. The words come from the 'simple' text search
-- configuration: lower-cased, split the way every language's document is.
CREATE INDEX "search_term_trgm_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- Collects the words of the changed rows' names; TG_ARGV[0] is the SQL
-- expression of a row's names (alias r). Words are never removed: a stale one
-- can only add a match that the visibility rules then filter out, and the
-- vocabulary is never shown.
CREATE FUNCTION search_terms_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO "SearchTerm" ("term")
       SELECT DISTINCT w.lexeme FROM changed_rows r, unnest(to_tsvector(''simple'', %s)) w
        WHERE char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ ''^[0-9]+$''
     ON CONFLICT DO NOTHING', TG_ARGV[0]);
  RETURN NULL;
END $$;

CREATE TRIGGER "MeetingTranslation_search_terms_insert" AFTER INSERT ON "MeetingTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('concat_ws('' '', r."title", r."venue")');
CREATE TRIGGER "MeetingTranslation_search_terms_update" AFTER UPDATE ON "MeetingTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('concat_ws('' '', r."title", r."venue")');
CREATE TRIGGER "Meeting_search_terms_insert" AFTER INSERT ON "Meeting" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."city"');
CREATE TRIGGER "Meeting_search_terms_update" AFTER UPDATE ON "Meeting" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."city"');
CREATE TRIGGER "StructureTranslation_search_terms_insert" AFTER INSERT ON "StructureTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "StructureTranslation_search_terms_update" AFTER UPDATE ON "StructureTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "Structure_search_terms_insert" AFTER INSERT ON "Structure" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."city"');
CREATE TRIGGER "Structure_search_terms_update" AFTER UPDATE ON "Structure" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."city"');
CREATE TRIGGER "CityName_search_terms_insert" AFTER INSERT ON "CityName" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "CityName_search_terms_update" AFTER UPDATE ON "CityName" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "NewsTranslation_search_terms_insert" AFTER INSERT ON "NewsTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."title"');
CREATE TRIGGER "NewsTranslation_search_terms_update" AFTER UPDATE ON "NewsTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."title"');
CREATE TRIGGER "OrganizationTranslation_search_terms_insert" AFTER INSERT ON "OrganizationTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "OrganizationTranslation_search_terms_update" AFTER UPDATE ON "OrganizationTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "MeetingSeriesTranslation_search_terms_insert" AFTER INSERT ON "MeetingSeriesTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');
CREATE TRIGGER "MeetingSeriesTranslation_search_terms_update" AFTER UPDATE ON "MeetingSeriesTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_terms_collect('r."name"');

INSERT INTO "SearchTerm" ("term")
SELECT DISTINCT w.lexeme
  FROM (
    SELECT concat_ws(' ', "title", "venue") AS names FROM "MeetingTranslation"
    UNION ALL SELECT "city" FROM "Meeting"
    UNION ALL SELECT "name" FROM "StructureTranslation"
    UNION ALL SELECT "name" FROM "CityName"
    UNION ALL SELECT "city" FROM "Structure"
    UNION ALL SELECT "title" FROM "NewsTranslation"
    UNION ALL SELECT "name" FROM "OrganizationTranslation"
    UNION ALL SELECT "name" FROM "MeetingSeriesTranslation"
  ) n, unnest(to_tsvector('simple', n.names)) w
 WHERE char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;

-- Markdown as the plain text a search excerpt is cut from: link and image
-- texts without their addresses, no heading, quote or list marks at line
-- starts, no emphasis or code marks, one line.
CREATE FUNCTION search_plain_text(markdown text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(coalesce(markdown, ''),
           '!?\[([^]]*)\]\([^)]*\)', '\1', 'g'),
           '^[ \t]*(#{1,6}|>|[-*+]|[0-9]+[.)])[ \t]+', '', 'gn'),
           '\*\*|__|~~|[*`]', '', 'g'),
           '(^|[[:space:](])_+|_+($|[[:space:].,;:!?)])', '\1\2', 'g'),
           '[[:space:]]+', ' ', 'g'))
$$;
