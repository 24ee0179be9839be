import "server-only";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { searchConfigs, searchDocuments } from "@/lib/search/documents";
import { PAGE_SIZE, pageWindow } from "@/lib/validation/public-filters";

export type SearchHit = {
  type: "meeting" | "news" | "structure";
  slug: string;
  locale: AppLocale;
  title: string;
  /** HTML: the text is escaped, only <mark> is added. */
  excerptHtml: string;
  date: Date | null;
};

const startMark = "\u0002";
const stopMark = "\u0003";
const headlineOptions = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Escapes the headline, drops Markdown marks, then turns the markers into <mark>. */
export function excerptToHtml(headline: string): string {
  const cleaned = headline.replace(/[*_#`]+/g, "").replace(/\s+/g, " ").trim();
  return escapeHtml(cleaned).replaceAll(startMark, "<mark>").replaceAll(stopMark, "</mark>");
}

// One branch per content type for rows in `locale` searched with `config`.
// `onlyWhenMissing` restricts English rows to records without a published
// translation in the visitor's language (the English fallback).
function branches(locale: AppLocale, config: string, visitorLocale: AppLocale, onlyWhenMissing: boolean) {
  const lit = (value: string) => `'${value}'`;
  const missing = (table: string, key: string, parent: string) =>
    onlyWhenMissing
      ? `AND NOT EXISTS (SELECT 1 FROM "${table}" v WHERE v."${key}" = ${parent} AND v."locale" = ${lit(visitorLocale)} AND v."status" = 'PUBLISHED')`
      : "";
  const query = `websearch_to_tsquery('${config}'::regconfig, $1)`;
  const meeting = searchDocuments.meeting(config);
  const news = searchDocuments.news(config);
  const structure = searchDocuments.structure(config);
  return [
    `SELECT 'meeting' AS type, m."slug", t."locale"::text AS locale, t."title",
            '${config}' AS config, t."summary" || ' ' || t."body" AS text,
            ts_rank_cd(${meeting}, ${query}) AS rank, m."startsAt" AS date
       FROM "MeetingTranslation" t JOIN "Meeting" m ON m."id" = t."meetingId"
      WHERE t."locale" = ${lit(locale)} AND t."status" = 'PUBLISHED'
        AND m."status" IN ('PUBLISHED', 'ARCHIVED') AND (m."publishAt" IS NULL OR m."publishAt" <= now())
        AND (${meeting}) @@ ${query} ${missing("MeetingTranslation", "meetingId", 'm."id"')}`,
    `SELECT 'news' AS type, n."slug", t."locale"::text AS locale, t."title",
            '${config}' AS config, t."excerpt" || ' ' || t."body" AS text,
            ts_rank_cd(${news}, ${query}) AS rank, n."publishedAt" AS date
       FROM "NewsTranslation" t JOIN "NewsArticle" n ON n."id" = t."articleId"
      WHERE t."locale" = ${lit(locale)} AND t."status" = 'PUBLISHED'
        AND n."status" IN ('PUBLISHED', 'ARCHIVED') AND (n."publishAt" IS NULL OR n."publishAt" <= now())
        AND (${news}) @@ ${query} ${missing("NewsTranslation", "articleId", 'n."id"')}`,
    `SELECT 'structure' AS type, s."slug", t."locale"::text AS locale, t."name" AS title,
            '${config}' AS config, t."hostAdministration" || ' ' || t."description" AS text,
            ts_rank_cd(${structure}, ${query}) AS rank, NULL::timestamp AS date
       FROM "StructureTranslation" t JOIN "Structure" s ON s."id" = t."structureId"
      WHERE t."locale" = ${lit(locale)} AND t."status" = 'PUBLISHED'
        AND (${structure}) @@ ${query} ${missing("StructureTranslation", "structureId", 's."id"')}`,
  ];
}

type Row = { type: SearchHit["type"]; slug: string; locale: AppLocale; title: string; headline: string; date: Date | null; total: bigint };

/**
 * One query: news, meetings and structures in the visitor's language (with
 * its dictionary), plus the English text of records not translated into it;
 * ranked, with highlighted excerpts, paginated.
 */
export async function searchPublicContent({ locale, query, page }: { locale: AppLocale; query: string; page: number }) {
  const q = query.trim().slice(0, 200);
  if (!q) return { hits: [] as SearchHit[], total: 0, page, pageCount: 1 };
  const parts = branches(locale, searchConfigs[locale], locale, false);
  if (locale !== "en") parts.push(...branches("en", searchConfigs.en, locale, true));
  const { skip, take } = pageWindow(page);
  // Rank every match, but write highlighted excerpts only for the page shown.
  const sql = `SELECT type, slug, locale, title, date, total,
                      ts_headline(config::regconfig, text, websearch_to_tsquery(config::regconfig, $1), '${headlineOptions}') AS headline
                 FROM (SELECT *, count(*) OVER () AS total FROM (${parts.join("\nUNION ALL\n")}) hits
                        ORDER BY rank DESC, date DESC NULLS LAST, slug ASC LIMIT ${take} OFFSET ${skip}) page
                ORDER BY rank DESC, date DESC NULLS LAST, slug ASC`;
  const rows = await prisma.$queryRawUnsafe<Row[]>(sql, q);
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    hits: rows.map((row) => ({ type: row.type, slug: row.slug, locale: row.locale, title: row.title, excerptHtml: excerptToHtml(row.headline ?? ""), date: row.date })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

