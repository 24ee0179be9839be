import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { listHomeMeetings } from "@/lib/data/meetings/list-home-meetings";
import { listLatestNews } from "@/lib/data/news/list-news";
import { listRegions } from "@/lib/data/regions/list-regions";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { NewsCard } from "@/components/news/news-card";
import { RegionList } from "@/components/regions/region-list";
import { Section } from "@/components/ui/section";
import { pageMetadata } from "@/lib/seo/metadata";

// Rendered once, then served from the cache until a publish invalidates one of
// its tags (lib/cache/tags.ts); hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const site = await getTranslations({ locale, namespace: "Site" });
  return {
    ...pageMetadata({
      locale,
      path: "/",
      title: site("name"),
      description: site("description"),
      siteName: site("name"),
      feeds: { rss: "/news/feed.xml", json: "/news/feed.json", ics: "/meetings/calendar.ics" },
    }),
    title: { absolute: site("name") },
  };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const regionsText = await getTranslations({ locale, namespace: "Regions" });
  const [news, meetings, regions] = await Promise.all([
    listLatestNews({ locale, take: 4 }),
    listHomeMeetings({ locale, take: 4 }),
    listRegions({ locale }),
  ]);
  return (
    <div className="space-y-12">
      <div className="rounded-xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-10 text-white shadow">
        <h1 className="max-w-3xl text-3xl leading-tight font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-50">{t("intro")}</p>
      </div>

      <div className="grid gap-12 lg:grid-cols-2">
        <Section id="upcoming" title={t("upcomingMeetings")} moreHref="/meetings" moreLabel={t("allMeetings")}>
          {meetings.upcoming.length ? (
            <ul className="space-y-3">
              {meetings.upcoming.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard meeting={meeting} locale={locale} showHours={false} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">{t("noUpcoming")}</p>
          )}
        </Section>
        <Section id="news" title={t("latestNews")} moreHref="/news" moreLabel={t("allNews")}>
          {news.length ? (
            <ul className="space-y-3">
              {news.map((article) => (
                <li key={article.id}>
                  <NewsCard article={article} locale={locale} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">{t("noNews")}</p>
          )}
        </Section>
      </div>

      <Section id="recent" title={t("recentMeetings")} moreHref="/meetings" moreLabel={t("allMeetings")}>
        {meetings.recent.length ? (
          <ul className="grid gap-3 md:grid-cols-2">
            {meetings.recent.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} locale={locale} showHours={false} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t("noRecent")}</p>
        )}
      </Section>

      <Section id="regions" title={t("regions")} moreHref="/regions" moreLabel={regionsText("seeMap")}>
        <RegionList regions={regions} locale={locale} />
      </Section>
    </div>
  );
}
