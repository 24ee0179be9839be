import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/components/ui/link";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { getPublishedNews } from "@/lib/data/news/get-news";
import { pageMetadata } from "@/lib/seo/metadata";
import { newsJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/ui/json-ld";
import { slugSchema } from "@/lib/validation/public-filters";
import { NewsArticleDetails } from "@/components/news/news-article-details";
import { NewsArticleHeader } from "@/components/news/news-article-header";
import { NewsImage } from "@/components/news/news-image";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Markdown } from "@/components/ui/markdown";
import { BackArrow } from "@/components/ui/arrows";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on its first request, then cached until its tags are invalidated.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

// Once per render, shared by generateMetadata and the page.
const loadArticle = cache(async (locale: AppLocale, rawSlug: string) => {
  const slug = slugSchema.parse(rawSlug);
  const article = slug ? await getPublishedNews({ locale, slug }) : null;
  if (!article) notFound();
  return article;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const article = await loadArticle(locale, (await params).slug);
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: `/news/${article.slug}`,
    title: article.title,
    description: article.excerpt,
    siteName: site("name"),
    type: "article",
    feeds: { rss: "/news/feed.xml", json: "/news/feed.json" },
  });
}

export default async function NewsArticlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const article = await loadArticle(locale, (await params).slug);
  const t = await getTranslations({ locale, namespace: "News" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return (
    <article>
      {article ? <JsonLd data={newsJsonLd(article, locale, site("name"))} /> : null}
      <p className="mb-4 text-sm">
        <Link href="/news" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          <BackArrow />
          {t("allNews")}
        </Link>
      </p>
      {article.isFallback ? (
        <div className="mb-6">
          <FallbackNotice locale={locale} />
        </div>
      ) : null}
      <NewsArticleHeader
        title={article.title}
        excerpt={article.excerpt}
        publishedAt={article.publishedAt}
        contentLocale={article.contentLocale}
        locale={locale}
      />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          {article.imageKey ? (
            <NewsImage imageKey={article.imageKey} alt={article.imageAlt} lang={article.contentLocale} />
          ) : null}
          <div dir={directionOf(article.contentLocale)}>
            <Markdown source={article.body} lang={article.contentLocale} />
          </div>
        </div>
        <NewsArticleDetails article={article} locale={locale} />
      </div>
    </article>
  );
}
