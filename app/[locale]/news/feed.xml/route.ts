import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { listNewsForFeed } from "@/lib/data/news/list-news";
import { localeFeed } from "@/lib/feeds/responses";
import { absoluteUrl } from "@/lib/seo/metadata";

// Cached until an article changes.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

/** RSS 2.0 of the latest published news of a locale (English where not translated). */
export const GET = localeFeed(async (locale) => {
  const [t, footer, items] = await Promise.all([
    getTranslations({ locale, namespace: "News" }),
    getTranslations({ locale, namespace: "Footer" }),
    listNewsForFeed({ locale }),
  ]);
  const home = absoluteUrl(locale, "/news");
  const feed = new Feed({
    id: home,
    link: home,
    title: t("feedTitle"),
    description: t("description"),
    language: locale,
    copyright: footer("rights"),
    updated: items[0]?.publishedAt ?? undefined,
    feedLinks: { rss: absoluteUrl(locale, "/news/feed.xml") },
    generator: false,
  });
  for (const item of items) {
    const link = absoluteUrl(locale, `/news/${item.slug}`);
    feed.addItem({
      title: item.title,
      link,
      guid: link,
      date: item.publishedAt ?? new Date(0),
      description: item.excerpt,
    });
  }
  return new Response(feed.rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
});
