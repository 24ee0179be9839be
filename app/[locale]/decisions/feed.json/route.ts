import { getTranslations } from "next-intl/server";
import { listPublicDecisions } from "@/lib/data/decisions/list-public-decisions";
import { jsonFeed, jsonFeedResponse } from "@/lib/feeds/json-feed";
import { localeFeed } from "@/lib/feeds/responses";
import { absoluteUrl } from "@/lib/seo/metadata";

// Cached until a decision changes (the register's data function tags it).
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

/** JSON Feed 1.1 of the register of decisions: the latest 50, each with its meeting, status and language. */
export const GET = localeFeed(async (locale) => {
  const [t, site, page] = await Promise.all([
    getTranslations({ locale, namespace: "Decisions" }),
    getTranslations({ locale, namespace: "Site" }),
    listPublicDecisions({ locale, filters: {}, page: 1, pageSize: 50 }),
  ]);
  return jsonFeedResponse(
    jsonFeed({
      title: `${t("title")} · ${site("name")}`,
      home_page_url: absoluteUrl(locale, "/decisions"),
      feed_url: absoluteUrl(locale, "/decisions/feed.json"),
      description: t("description"),
      language: locale,
      authors: [{ name: site("name"), url: absoluteUrl(locale, "/") }],
      items: page.items.flatMap((d) => {
        if (!d.text) return [];
        const url = `${absoluteUrl(locale, `/meetings/${d.meeting.slug}`)}#decision-${d.id}`;
        const meeting = d.meeting.title?.title ?? d.meeting.slug;
        return [
          {
            id: url,
            url,
            title: `${meeting}: ${t(`kind.${d.kind}`)} (${t(`status.${d.status}`)})`,
            content_text: d.text.text,
            date_published: d.meeting.endsAt.toISOString(),
            language: d.text.locale,
            tags: [t(`kind.${d.kind}`), t(`status.${d.status}`)],
          },
        ];
      }),
    }),
  );
});
