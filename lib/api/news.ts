import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo/metadata";
import { getPublishedNews } from "@/lib/data/news/get-news";
import { listPublishedNews } from "@/lib/data/news/list-news";
import { PAGE_SIZE } from "@/lib/validation/public-filters";
import type { newsSchema, newsSummarySchema } from "./schemas";
import { apiError, json, pageOf, type Json } from "./responses";
import type { ApiView } from "./views";

type NewsRow = {
  slug: string;
  title: string;
  excerpt: string;
  contentLocale: AppLocale;
  publishedAt: Date | null;
  topics: { slug: string }[];
};

function newsSummary(n: NewsRow, locale: AppLocale): Json<typeof newsSummarySchema> {
  return {
    slug: n.slug,
    url: absoluteUrl(locale, `/news/${n.slug}`),
    title: n.title,
    excerpt: n.excerpt,
    language: n.contentLocale,
    publishedAt: n.publishedAt?.toISOString() ?? null,
    topics: n.topics.map((t) => t.slug),
  };
}

/** GET /api/v1/news: published articles, filtered, one page. */
export async function answerNews(view: ApiView, locale: AppLocale): Promise<Response> {
  const page = Number(view.query.page ?? 1);
  const result = await listPublishedNews({ locale, page, region: view.query.region, topic: view.query.topic });
  const data = result.items.map((n) => newsSummary(n, locale));
  return json(
    pageOf(view, data, locale, {
      page,
      pageSize: PAGE_SIZE,
      total: result.total,
      totalIsCapped: false,
      hasNext: page < result.pageCount,
    }),
  );
}

/** GET /api/v1/news/{slug}: a published article. */
export async function answerNewsArticle(slug: string, locale: AppLocale): Promise<Response> {
  const n = await getPublishedNews({ locale, slug });
  if (!n) return apiError(404, "No published article has this slug.");
  const data: Json<typeof newsSchema> = {
    ...newsSummary(n, locale),
    body: n.body,
    region: (n.region?.code.toLowerCase() ?? null) as "eur" | null,
    meeting: n.meeting ? { slug: n.meeting.slug, url: absoluteUrl(locale, `/meetings/${n.meeting.slug}`) } : null,
  };
  return json({ data, meta: { locale } });
}
