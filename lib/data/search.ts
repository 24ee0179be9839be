import "server-only";
import { excerptToHtml, startMark, stopMark } from "@/lib/content/search-excerpt";
import { prisma } from "@/lib/db/client";
import { locales, type AppLocale } from "@/i18n/routing";
import { configOfRow, matchesQuery, queryInRowLanguage } from "@/lib/search/documents";
import { PAGE_SIZE, pageWindow } from "@/lib/validation/public-filters";
import { cacheTags, tagged } from "@/lib/cache/tags";

export type SearchHit = {
  type: "meeting" | "news" | "structure";
  slug: string;
  /** The language of the text that matched (and is shown). */
  locale: AppLocale;
  title: string;
  /** HTML: the text is escaped, only <mark> is added. */
  excerptHtml: string;
  date: Date | null;
};

export type SearchResult = { hits: SearchHit[]; total: number; totalIsCapped: boolean; page: number; pageCount: number };

/**
 * Each content type contributes at most this many matching translations,
 * which are then ranked. A word found in nearly every document would
 * otherwise rank every one of them (3 s for 100,000 meetings); beyond this
 * many matches, ranking all of them tells the reader nothing more.
 */
export const SEARCH_CANDIDATES = 1000;

const headlineOptions = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

const visibleMeeting = `m."status" IN ('PUBLISHED', 'ARCHIVED') AND (m."publishAt" IS NULL OR m."publishAt" <= now())`;
const visibleNews = `n."status" IN ('PUBLISHED', 'ARCHIVED') AND (n."publishAt" IS NULL OR n."publishAt" <= now())`;

// The published translations that match, in any language, at most
// SEARCH_CANDIDATES per type; each branch is one GIN index scan.
const candidates = `
  (SELECT 'meeting' AS type, t."meetingId" AS id, t."locale"::text AS locale, t."searchVector" AS vector
     FROM "MeetingTranslation" t JOIN "Meeting" m ON m."id" = t."meetingId"
    WHERE t."status" = 'PUBLISHED' AND ${visibleMeeting} AND ${matchesQuery("t")}
    LIMIT ${SEARCH_CANDIDATES})
  UNION ALL
  (SELECT 'news', t."articleId", t."locale"::text, t."searchVector"
     FROM "NewsTranslation" t JOIN "NewsArticle" n ON n."id" = t."articleId"
    WHERE t."status" = 'PUBLISHED' AND ${visibleNews} AND ${matchesQuery("t")}
    LIMIT ${SEARCH_CANDIDATES})
  UNION ALL
  (SELECT 'structure', t."structureId", t."locale"::text, t."searchVector"
     FROM "StructureTranslation" t
    WHERE t."status" = 'PUBLISHED' AND ${matchesQuery("t")}
    LIMIT ${SEARCH_CANDIDATES})`;

type Row = { type: SearchHit["type"]; slug: string; locale: AppLocale; title: string; headline: string | null; date: Date | null; total: bigint; capped: boolean };

/**
 * One query: every published meeting, article and structure whose text in any
 * language matches, once per record (in the visitor's language when that text
 * matches, else the best-ranked one), the visitor's language first, then by
 * rank and date; highlighted excerpts for the page shown only.
 */
async function searchPublicContentUncached({ locale, query, page }: { locale: AppLocale; query: string; page: number }): Promise<SearchResult> {
  const q = query.trim().slice(0, 200);
  if (!q) return { hits: [], total: 0, totalIsCapped: false, page, pageCount: 1 };
  const { skip, take } = pageWindow(page);
  const sql = `
    WITH candidates AS (${candidates}),
    ranked AS (
      SELECT DISTINCT ON (type, id) type, id, locale, (locale = $2) AS own, ts_rank_cd(vector, ${queryInRowLanguage("locale")}) AS rank
        FROM candidates
       ORDER BY type, id, (locale = $2) DESC, rank DESC
    ),
    counted AS (
      SELECT *, count(*) OVER () AS total,
             (SELECT bool_or(n >= ${SEARCH_CANDIDATES}) FROM (SELECT count(*) AS n FROM candidates GROUP BY type) per_type) AS capped
        FROM ranked
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
    SELECT sh.type, sh.slug, sh.locale, sh.total, sh.capped, sh.date, sh.own, sh.rank,
           coalesce(mt."title", nt."title", st."name") AS title,
           ts_headline(${configOfRow("sh.locale::\"Locale\"")}, coalesce(mt."summary" || ' ' || mt."body", nt."excerpt" || ' ' || nt."body", st."hostAdministration" || ' ' || st."description"),
                       ${queryInRowLanguage("sh.locale")}, '${headlineOptions}') AS headline
      FROM shown sh
      LEFT JOIN "MeetingTranslation" mt ON sh.type = 'meeting' AND mt."meetingId" = sh.id AND mt."locale"::text = sh.locale
      LEFT JOIN "NewsTranslation" nt ON sh.type = 'news' AND nt."articleId" = sh.id AND nt."locale"::text = sh.locale
      LEFT JOIN "StructureTranslation" st ON sh.type = 'structure' AND st."structureId" = sh.id AND st."locale"::text = sh.locale
     ORDER BY sh.own DESC, sh.rank DESC, sh.date DESC NULLS LAST, sh.slug`;
  const rows = await prisma.$queryRawUnsafe<Row[]>(sql, q, locale);
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    hits: rows.map((row) => ({
      type: row.type,
      slug: row.slug,
      locale: (locales as readonly string[]).includes(row.locale) ? row.locale : "en",
      title: row.title,
      excerptHtml: excerptToHtml(row.headline ?? ""),
      date: row.date,
    })),
    total,
    totalIsCapped: rows.length ? Boolean(rows[0].capped) : false,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Search results change with any publication: the page takes every collection's tag. */
export const searchPublicContent = tagged(searchPublicContentUncached, () => [cacheTags.meetings, cacheTags.news, cacheTags.structures]);
