import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { PAGE_SIZE, pageWindow } from "@/lib/validation/public-filters";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicNewsWhere } from "../visibility";
import {
  byName,
  cardSelect,
  nameTranslations,
  newestFirst,
  pickName,
  readableNewsWhere,
  toCard,
  toTopicTags,
  topicTagsSelect,
  type NewsCard,
  type NewsListItem,
  type NewsTopicTag,
} from "./select-news";

export type NewsListFilters = {
  /** Region code, any case ("eur" or "EUR"). */
  region?: string;
  /** Topic slug. */
  topic?: string;
};

export type NewsPage = { items: NewsListItem[]; total: number; pageCount: number };

function filteredWhere(locale: AppLocale, { region, topic }: NewsListFilters): Prisma.NewsArticleWhereInput {
  return {
    AND: [
      readableNewsWhere(locale),
      region ? { region: { code: region.toUpperCase() } } : {},
      topic ? { topics: { some: { topic: { slug: topic } } } } : {},
    ],
  };
}

/** One page of the public news list: 2 queries for the page and count, plus one per relation level. */
export async function listPublishedNews({
  locale,
  page = 1,
  region,
  topic,
}: { locale: AppLocale; page?: number } & NewsListFilters): Promise<NewsPage> {
  await tagRender([cacheTags.news, cacheTags.regions]);
  const where = filteredWhere(locale, { region, topic });
  const [total, rows] = await Promise.all([
    prisma.newsArticle.count({ where }),
    prisma.newsArticle.findMany({
      // Texts and topics by id in their own queries: joined, they would be built for every row before the page is cut.
      relationLoadStrategy: "query",
      where,
      orderBy: newestFirst,
      ...pageWindow(page, PAGE_SIZE),
      select: { ...cardSelect(locale), topics: topicTagsSelect(locale) },
    }),
  ]);
  const items = rows.flatMap(({ topics, ...row }) => {
    const card = toCard(row, locale);
    return card ? [{ ...card, topics: toTopicTags(topics, locale) }] : [];
  });
  return { items, total, pageCount: Math.ceil(total / PAGE_SIZE) };
}

/** The latest articles for the home page. */
export async function listLatestNews({ locale, take }: { locale: AppLocale; take: number }): Promise<NewsCard[]> {
  await tagRender([cacheTags.news]);
  const rows = await prisma.newsArticle.findMany({
    where: readableNewsWhere(locale),
    orderBy: newestFirst,
    take,
    select: cardSelect(locale),
  });
  return rows.flatMap((row) => toCard(row, locale) ?? []);
}

export const FEED_SIZE = 50;

/** The latest 50 readable articles of a locale, for the RSS feed. */
export function listNewsForFeed({ locale }: { locale: AppLocale }): Promise<NewsCard[]> {
  return listLatestNews({ locale, take: FEED_SIZE });
}

/** Topics that tag at least one public article, by localized name. */
export async function listTopics({ locale }: { locale: AppLocale }): Promise<NewsTopicTag[]> {
  await tagRender([cacheTags.news]);
  const rows = await prisma.topic.findMany({
    where: { news: { some: { article: publicNewsWhere() } } },
    select: { slug: true, translations: nameTranslations(locale) },
  });
  return rows.map((row) => ({ slug: row.slug, ...pickName(row.translations, locale, row.slug) })).sort(byName(locale));
}
