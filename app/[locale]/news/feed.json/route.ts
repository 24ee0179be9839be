import { getTranslations } from "next-intl/server";
import { listNewsForFeed } from "@/lib/data/news/list-news";
import { jsonFeed, jsonFeedResponse } from "@/lib/feeds/json-feed";
import { localeFeed } from "@/lib/feeds/responses";
import { absoluteUrl } from "@/lib/seo/metadata";

// Cached until an article changes, like the RSS beside it.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

/** JSON Feed 1.1 of the latest published news of a locale (English where not translated, said per item). */
export const GET = localeFeed(async (locale) => {
  const [t, site, items] = await Promise.all([
    getTranslations({ locale, namespace: "News" }),
    getTranslations({ locale, namespace: "Site" }),
    listNewsForFeed({ locale }),
  ]);
  return jsonFeedResponse(
    jsonFeed({
      title: t("feedTitle"),
      home_page_url: absoluteUrl(locale, "/news"),
      feed_url: absoluteUrl(locale, "/news/feed.json"),
      description: t("description"),
      language: locale,
      authors: [{ name: site("name"), url: absoluteUrl(locale, "/") }],
      items: items.map((item) => {
        const url = absoluteUrl(locale, `/news/${item.slug}`);
        return {
          id: url,
          url,
          title: item.title,
          content_text: item.excerpt || item.title,
          ...(item.excerpt ? { summary: item.excerpt } : {}),
          ...(item.publishedAt ? { date_published: item.publishedAt.toISOString() } : {}),
          language: item.contentLocale,
        };
      }),
    }),
  );
});
