import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { publicNewsWhere, publishedTranslations } from "../visibility";

/** The columns of an article that its editor and its audit snapshot share. */
export const newsRecordFields = {
  id: true,
  slug: true,
  status: true,
  regionId: true,
  meetingId: true,
  publishAt: true,
  publishedAt: true,
  imageKey: true,
  version: true,
  structures: { select: { structureId: true } },
  topics: { select: { topicId: true } },
} as const satisfies Prisma.NewsArticleSelect;

/** An article's texts as the editor and the audit snapshot read them. */
export const newsTextSelect = {
  locale: true,
  title: true,
  excerpt: true,
  body: true,
  imageAlt: true,
  status: true,
  publishedAt: true,
} as const satisfies Prisma.NewsTranslationSelect;

/** A name in the visitor's language, or in the fallback language it is shown in. */
export type LocalizedName = { name: string; contentLocale: AppLocale };
export type NewsTopicTag = LocalizedName & { slug: string };

export type NewsCard = {
  id: string;
  slug: string;
  publishedAt: Date | null;
  title: string;
  excerpt: string;
  contentLocale: AppLocale;
  isFallback: boolean;
};

export type NewsListItem = NewsCard & { topics: NewsTopicTag[] };

/**
 * Newest first, in the order of the (publishedAt, id) index, so that a page
 * of 20,000 articles reads 12 rows (public articles always have a date).
 */
export const newestFirst: Prisma.NewsArticleOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "desc" }];

/**
 * Public articles the visitor can read: published, due, and with a published
 * translation in their language or English (so every row counted is a row shown).
 */
export function readableNewsWhere(locale: AppLocale, now = new Date()): Prisma.NewsArticleWhereInput {
  return {
    AND: [
      publicNewsWhere(now),
      { translations: { some: { status: "PUBLISHED", locale: { in: fallbackChain(locale) } } } },
    ],
  };
}

/** Names without a publication status (topics, regions): the visitor's locale or English. */
export function nameTranslations(locale: AppLocale) {
  return { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } } as const;
}

export function pickName(
  rows: readonly { locale: string; name: string }[],
  locale: AppLocale,
  fallback: string,
): LocalizedName {
  const text = pickTranslation(rows, locale);
  return text ? { name: text.name, contentLocale: text.locale } : { name: fallback, contentLocale: "en" };
}

export function byName(locale: AppLocale) {
  const collator = new Intl.Collator(locale);
  return (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
}

export const topicTagsSelect = (locale: AppLocale) =>
  ({ select: { topic: { select: { slug: true, translations: nameTranslations(locale) } } } }) as const;

type TopicLinkRow = { topic: { slug: string; translations: { locale: string; name: string }[] } };

export function toTopicTags(rows: readonly TopicLinkRow[], locale: AppLocale): NewsTopicTag[] {
  return rows
    .map(({ topic }) => ({ slug: topic.slug, ...pickName(topic.translations, locale, topic.slug) }))
    .sort(byName(locale));
}

export const cardSelect = (locale: AppLocale) =>
  ({
    id: true,
    slug: true,
    publishedAt: true,
    translations: { ...publishedTranslations(locale), select: { locale: true, title: true, excerpt: true } },
  }) as const;

type CardRow = {
  id: string;
  slug: string;
  publishedAt: Date | null;
  translations: { locale: string; title: string; excerpt: string }[];
};

export function toCard({ translations, ...row }: CardRow, locale: AppLocale): NewsCard | null {
  const text = pickTranslation(translations, locale);
  if (!text) return null;
  return {
    id: row.id,
    slug: row.slug,
    publishedAt: row.publishedAt,
    title: text.title,
    excerpt: text.excerpt,
    contentLocale: text.locale,
    isFallback: text.isFallback,
  };
}
