import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { fallbackChain } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";

// What the public may see: published (or archived) records whose scheduled
// date has passed and which have at least one published translation.
// Drafts and unpublished translations never leave the database.

export function publicMeetingWhere(now = new Date()): Prisma.MeetingWhereInput {
  return {
    status: { in: ["PUBLISHED", "ARCHIVED"] },
    OR: [{ publishAt: null }, { publishAt: { lte: now } }],
    // Kept by a trigger on MeetingTranslation: a column, not a probe per row.
    hasPublishedText: true,
  };
}

export function publicNewsWhere(now = new Date()): Prisma.NewsArticleWhereInput {
  return {
    status: { in: ["PUBLISHED", "ARCHIVED"] },
    // Set when an article is first published (lib/data/news/save-news.ts).
    publishedAt: { not: null },
    OR: [{ publishAt: null }, { publishAt: { lte: now } }],
    translations: { some: { status: "PUBLISHED" } },
  };
}

export function publicStructureWhere(): Prisma.StructureWhereInput {
  return { translations: { some: { status: "PUBLISHED" } } };
}

/** Published translations in the visitor's locale and English, for `include`. */
export function publishedTranslations(locale: AppLocale) {
  return { where: { status: "PUBLISHED" as const, locale: { in: fallbackChain(locale) } } };
}
