import "server-only";
import { excerptToHtml, fragmentDelimiter, markedToHtml, startMark, stopMark } from "@/lib/content/search-excerpt";
import { prisma } from "@/lib/db/client";
import { locales, type AppLocale } from "@/i18n/routing";
import { configOfRow, matchesQuery, queryInRowLanguage } from "@/lib/search/documents";
import { expandQuery } from "./expand-query";
import { PAGE_SIZE, pageWindow } from "@/lib/validation/public-filters";
import { cacheTags, tagRender } from "@/lib/cache/tags";

export type SearchHit = {
  type: "meeting" | "news" | "structure";
  slug: string;
  /** The language of the text that matched (and is shown). */
  locale: AppLocale;
  title: string;
  /** HTML of the title: escaped, the matched words in <mark>. */
  titleHtml: string;
  /** HTML: the text is escaped, only <mark> is added; "…" where it is cut. */
  excerptHtml: string;
  date: Date | null;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
};

/**
 * Each content type contributes at most this many matching translations,
 * which are then ranked. A word found in nearly every document would
 * otherwise rank every one of them (3 s for 100,000 meetings); beyond this
 * many matches, ranking all of them tells the reader nothing more.
 */
export const SEARCH_CANDIDATES = 1000;

const headlineOptions = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=${fragmentDelimiter}`;
const titleOptions = `StartSel=${startMark}, StopSel=${stopMark}, HighlightAll=true`;

const visibleMeeting = `m."status" IN ('PUBLISHED', 'ARCHIVED') AND (m."publishAt" IS NULL OR m."publishAt" <= now())`;
const visibleNews = `n."status" IN ('PUBLISHED', 'ARCHIVED') AND (n."publishAt" IS NULL OR n."publishAt" <= now())`;

// The published translations that match, in any language, at most
// SEARCH_CANDIDATES per type; each branch is one GIN index scan. When the
// query names only places, the records located there ($3 countries, $4
// cities as "CC|City") are candidates too, in each of their languages, and
// when it names an organization ($5), the meetings it attends.
const candidatesSql = (params: readonly string[], places: boolean) => `
  (SELECT 'meeting' AS type, t."meetingId" AS id, t."locale"::text AS locale, t."searchVector" AS vector
     FROM "MeetingTranslation" t JOIN "Meeting" m ON m."id" = t."meetingId"
    WHERE t."status" = 'PUBLISHED' AND ${visibleMeeting} AND ${matchesQuery("t", params)}
    LIMIT ${SEARCH_CANDIDATES})
  UNION ALL
  (SELECT 'news', t."articleId", t."locale"::text, t."searchVector"
     FROM "NewsTranslation" t JOIN "NewsArticle" n ON n."id" = t."articleId"
    WHERE t."status" = 'PUBLISHED' AND ${visibleNews} AND ${matchesQuery("t", params)}
    LIMIT ${SEARCH_CANDIDATES})
  UNION ALL
  (SELECT 'structure', t."structureId", t."locale"::text, t."searchVector"
     FROM "StructureTranslation" t
    WHERE t."status" = 'PUBLISHED' AND ${matchesQuery("t", params)}
    LIMIT ${SEARCH_CANDIDATES})${
      places
        ? `
  UNION ALL
  (SELECT 'meeting', t."meetingId", t."locale"::text, t."searchVector"
     FROM "Meeting" m JOIN "MeetingTranslation" t ON t."meetingId" = m."id"
    WHERE t."status" = 'PUBLISHED' AND ${visibleMeeting}
      AND (m."countryCode" = ANY($3::text[]) OR (m."countryCode" || '|' || m."city") = ANY($4::text[])
           OR EXISTS (SELECT 1 FROM "Attendee" a WHERE a."meetingId" = m."id" AND a."organizationId" = ANY($5::text[])))
    LIMIT ${SEARCH_CANDIDATES})
  UNION ALL
  (SELECT 'structure', t."structureId", t."locale"::text, t."searchVector"
     FROM "Structure" s JOIN "StructureTranslation" t ON t."structureId" = s."id"
    WHERE t."status" = 'PUBLISHED'
      AND (s."countryCode" = ANY($3::text[]) OR (s."countryCode" || '|' || s."city") = ANY($4::text[]))
    LIMIT ${SEARCH_CANDIDATES})`
        : ""
    }`;

type Row = {
  type: SearchHit["type"];
  slug: string;
  locale: AppLocale;
  title: string;
  titleHeadline: string | null;
  headline: string | null;
  docStart: string | null;
  docEnd: string | null;
  date: Date | null;
  total: bigint;
  capped: boolean;
};

/**
 * One query: every published meeting, article and structure whose text in any
 * language matches, once per record (in the visitor's language when that text
 * matches, else the best-ranked one), the visitor's language first, then by
 * rank and date; highlighted excerpts for the page shown only.
 */
export async function searchPublicContent({
  locale,
  query,
  page,
}: {
  locale: AppLocale;
  query: string;
  page: number;
}): Promise<SearchResult> {
  // Search results change with any publication: the page takes every collection's tag.
  await tagRender([cacheTags.meetings, cacheTags.news, cacheTags.structures]);
  const q = query.trim().slice(0, 200);
  if (!q) return { hits: [], total: 0, totalIsCapped: false, page, pageCount: 1 };
  const { skip, take } = pageWindow(page);
  // Places named in any language are also searched by their names in every
  // language, misspelt names ("Bishek") by the closest known ones
  // (lib/data/search/expand-query.ts); the rank counts the words as typed, so exact
  // matches come first.
  const { variants, countries, cities, organizations } = await expandQuery(q, locale);
  const places = countries.length + cities.length + organizations.length > 0;
  const all = ["$1", ...variants.map((_, index) => `$${index + 6}`)];
  const sql = `
    WITH candidates AS (${candidatesSql(all, places)}),
    ranked AS (
      SELECT DISTINCT ON (type, id) type, id, locale, (locale = $2) AS own,
             ${
               variants.length
                 ? // One ranking pass (the expensive part: it reads each vector's positions); a match of the words as typed comes first.
                   `ts_rank_cd(vector, ${queryInRowLanguage("locale", all)}) + (vector @@ ${queryInRowLanguage("locale")})::int`
                 : `ts_rank_cd(vector, ${queryInRowLanguage("locale")})`
             } AS rank
        FROM candidates
       ORDER BY type, id, (locale = $2) DESC, rank DESC
    ),
    counted AS (
      SELECT *, count(*) OVER () AS total,
             (SELECT bool_or(n >= ${SEARCH_CANDIDATES}) FROM (SELECT count(*) AS n FROM candidates GROUP BY type) per_type) AS capped
        FROM ranked
       WHERE cardinality($3::text[]) >= 0 AND cardinality($4::text[]) >= 0 AND cardinality($5::text[]) >= 0 -- typed even when no place branch uses them
    ),
    shown AS (
      SELECT c.*, coalesce(m."slug", n."slug", s."slug") AS slug, coalesce(m."startsAt", n."publishedAt") AS date
        FROM counted c
        LEFT JOIN "Meeting" m ON c.type = 'meeting' AND m."id" = c.id
        LEFT JOIN "NewsArticle" n ON c.type = 'news' AND n."id" = c.id
        LEFT JOIN "Structure" s ON c.type = 'structure' AND s."id" = c.id
       ORDER BY c.own DESC, c.rank DESC, date DESC NULLS LAST, slug
       LIMIT ${take} OFFSET ${skip}
    )
    SELECT sh.type, sh.slug, sh.locale, sh.total, sh.capped, sh.date, sh.own, sh.rank, sh.title,
           ts_headline(${configOfRow('sh.locale::"Locale"')}, sh.title, ${queryInRowLanguage("sh.locale", all)}, '${titleOptions}') AS "titleHeadline",
           ts_headline(${configOfRow('sh.locale::"Locale"')}, sh.plain, ${queryInRowLanguage("sh.locale", all)}, '${headlineOptions}') AS headline,
           left(sh.plain, 80) AS "docStart", right(sh.plain, 80) AS "docEnd"
      FROM (
        SELECT s.*, coalesce(mt."title", nt."title", st."name") AS title,
               search_plain_text(coalesce(nullif(mt."summary", '') || E'\n\n' || mt."body", mt."body", nullif(nt."excerpt", '') || E'\n\n' || nt."body", nt."body",
                                          nullif(st."hostAdministration", '') || E' ·\n\n' || st."description", st."description")) AS plain
          FROM shown s
          LEFT JOIN "MeetingTranslation" mt ON s.type = 'meeting' AND mt."meetingId" = s.id AND mt."locale"::text = s.locale
          LEFT JOIN "NewsTranslation" nt ON s.type = 'news' AND nt."articleId" = s.id AND nt."locale"::text = s.locale
          LEFT JOIN "StructureTranslation" st ON s.type = 'structure' AND st."structureId" = s.id AND st."locale"::text = s.locale
      ) sh
     ORDER BY sh.own DESC, sh.rank DESC, sh.date DESC NULLS LAST, sh.slug`;
  const rows = await prisma.$queryRawUnsafe<Row[]>(sql, q, locale, countries, cities, organizations, ...variants);
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    hits: rows.map((row) => ({
      type: row.type,
      slug: row.slug,
      locale: (locales as readonly string[]).includes(row.locale) ? row.locale : "en",
      title: row.title,
      titleHtml: markedToHtml(row.titleHeadline ?? row.title),
      excerptHtml: excerptToHtml(row.headline ?? "", row.docStart ?? "", row.docEnd ?? ""),
      date: row.date,
    })),
    total,
    totalIsCapped: rows.length ? Boolean(rows[0].capped) : false,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
