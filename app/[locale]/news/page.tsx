import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listPageParams, type ListPageProps } from "@/i18n/list-params";
import { listPublishedNews, listTopics } from "@/lib/data/news/list-news";
import { listRegions } from "@/lib/data/regions/list-regions";
import { pageMetadata } from "@/lib/seo/metadata";
import { pageSchema, regionCodeSchema, slugSchema } from "@/lib/validation/public-filters";
import { NewsFilters } from "@/components/news/news-filters";
import { NewsListItem } from "@/components/news/news-list-item";
import { FeedLink } from "@/components/news/feed-link";
import { PageHeader } from "@/components/ui/page-header";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { Pagination } from "@/components/ui/pagination";

// One cached page per canonical view: the proxy sends /{locale}/news?… to
// ./view/[view] (lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const { locale, query } = await listPageParams(params);
  const page = pageSchema.parse(query.page);
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "News" }),
    getTranslations({ locale, namespace: "Site" }),
  ]);
  return pageMetadata({
    locale,
    path: "/news",
    title: page > 1 ? t("pageTitle", { page }) : t("title"),
    description: t("description"),
    siteName: site("name"),
    feeds: { rss: "/news/feed.xml", json: "/news/feed.json" },
  });
}

export default async function NewsPage({ params }: ListPageProps) {
  const { locale, query } = await listPageParams(params);
  const page = pageSchema.parse(query.page);
  const region = regionCodeSchema.parse(query.region)?.toLowerCase();
  const topic = slugSchema.parse(query.topic);
  const [t, f, news, topics, regions] = await Promise.all([
    getTranslations({ locale, namespace: "News" }),
    getTranslations({ locale, namespace: "Filters" }),
    listPublishedNews({ locale, page, region, topic }),
    listTopics({ locale }),
    listRegions({ locale }),
  ]);
  if (page > 1 && page > news.pageCount) notFound();
  const filtered = Boolean(region || topic);
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")}>
        <FeedLink locale={locale} label={t("feed")} jsonLabel={t("jsonFeed")} />
      </PageHeader>
      <NewsFilters locale={locale} regions={regions} topics={topics} region={region} topic={topic} />
      <p className="mt-6 text-sm font-medium text-slate-700">{f("results", { count: news.total })}</p>
      {news.items.length ? (
        <ul className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {news.items.map((article) => (
            <li key={article.id}>
              <NewsListItem article={article} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 rounded-lg border border-slate-200 bg-white p-6 text-slate-700">
          {filtered ? t("noResults") : t("noNews")}
        </p>
      )}
      <Pagination pathname="/news" query={{ region, topic }} page={page} pageCount={news.pageCount} />
      <div className="mt-10">
        {topic && topics.some((tp) => tp.slug === topic) ? (
          <SubscribeForm
            locale={locale}
            scope="TOPIC"
            target={topic}
            name={topics.find((tp) => tp.slug === topic)!.name}
          />
        ) : (
          <SubscribeForm
            locale={locale}
            scope="REGION"
            target={region ?? regions[0]?.code.toLowerCase() ?? ""}
            name=""
            choices={regions.map((r) => ({ value: r.code.toLowerCase(), label: r.name }))}
          />
        )}
      </div>
    </div>
  );
}
