import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { listMeetingYears, listPublishedMeetings } from "@/lib/data/meetings/list-published-meetings";
import { listRegions } from "@/lib/data/regions/list-regions";
import { pageMetadata } from "@/lib/seo/metadata";
import { viewParams } from "@/lib/validation/list-views";
import { pageSchema } from "@/lib/validation/public-filters";
import { meetingFiltersToQuery, parseMeetingFilters } from "@/lib/validation/meeting-filters";
import { CalendarLinks } from "@/components/meetings/calendar-links";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { MeetingFilters } from "@/components/meetings/meeting-filters";
import { PageHeader } from "@/components/ui/page-header";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";

// One cached page per canonical view (filters and page): the proxy sends
// /{locale}/meetings?… to ./view/[view] (lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export type MeetingsListProps = { params: Promise<{ locale: string; view?: string }> };

export async function generateMetadata({ params }: MeetingsListProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: "/meetings",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    feeds: { ics: "/meetings/calendar.ics" },
  });
}

/**
 * Upcoming meetings (soonest first) and past meetings (latest first) are two
 * lists: with "upcoming" or "past" chosen, that list alone, paginated;
 * otherwise the upcoming ones first (on the first page) and the past ones
 * paginated below them.
 */
export default async function MeetingsPage({ params }: MeetingsListProps) {
  const locale = await pageLocale(params);
  const query = viewParams((await params).view ?? "");
  const filters = parseMeetingFilters(query);
  const page = pageSchema.parse(query.page);
  const [t, f] = await Promise.all([
    getTranslations({ locale, namespace: "Meetings" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  const showUpcoming = filters.when === "upcoming" || (!filters.when && page === 1);
  const showPast = filters.when !== "upcoming";
  const [upcoming, past, regions, years] = await Promise.all([
    showUpcoming
      ? listPublishedMeetings({
          locale,
          filters: { ...filters, when: "upcoming" },
          page: filters.when === "upcoming" ? page : 1,
        })
      : null,
    showPast ? listPublishedMeetings({ locale, filters: { ...filters, when: "past" }, page }) : null,
    listRegions({ locale }),
    listMeetingYears(),
  ]);
  const paginated = filters.when === "upcoming" ? upcoming! : past!;
  // A page past the last meeting is a 404 (cached like any page, until a meeting is published).
  if (page > 1 && !paginated.items.length) notFound();
  const filterQuery = meetingFiltersToQuery(filters);
  const icsQuery = filterQuery.region ? `?region=${filterQuery.region}` : "";
  const total = (upcoming?.total ?? 0) + (past?.total ?? 0);
  const capped = Boolean(upcoming?.totalIsCapped || past?.totalIsCapped);
  const list = (items: NonNullable<typeof upcoming>["items"]) => (
    <ul className="mt-4 grid gap-3 md:grid-cols-2">
      {items.map((meeting) => (
        <li key={meeting.id} className="flex">
          <MeetingCard meeting={meeting} locale={locale} headingLevel={3} />
        </li>
      ))}
    </ul>
  );
  const upcomingLimited = !filters.when && upcoming && upcoming.pageCount > 1;
  return (
    <>
      <PageHeader title={t("title")} lead={t("description")} />
      <MeetingFilters locale={locale} filters={filters} regions={regions} years={years} />
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-4">
        <p className="text-sm text-slate-700" role="status">
          {capped ? f("resultsMany", { count: Math.min(total, 10_000) }) : f("results", { count: total })}
        </p>
        <CalendarLinks locale={locale} path={`/meetings/calendar.ics${icsQuery}`} />
      </div>
      {upcoming ? (
        <section aria-labelledby="upcoming-meetings" className="mt-6">
          <h2 id="upcoming-meetings" className="text-xl font-semibold text-brand-900">
            {t("upcomingSection")}
          </h2>
          {upcoming.items.length ? list(upcoming.items) : <p className="mt-3 text-slate-700">{t("noUpcoming")}</p>}
          {upcomingLimited ? (
            <p className="mt-3">
              <Link
                href={{ pathname: "/meetings", query: { ...cleanQuery(filterQuery), when: "upcoming" } }}
                className="text-sm font-medium text-brand-700 underline"
              >
                {t("allUpcoming")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {past ? (
        <section aria-labelledby="past-meetings" className="mt-10">
          <h2 id="past-meetings" className="text-xl font-semibold text-brand-900">
            {t("pastSection")}
          </h2>
          {past.items.length ? list(past.items) : <p className="mt-3 text-slate-700">{t("noPast")}</p>}
        </section>
      ) : null}
      <Pagination
        pathname="/meetings"
        query={filterQuery}
        page={paginated.page}
        pageCount={paginated.pageCount}
        pageCountKnown={!paginated.totalIsCapped}
      />
      <div className="mt-10">
        <SubscribeForm
          locale={locale}
          scope="REGION"
          target={filterQuery.region ?? regions[0]?.code.toLowerCase() ?? ""}
          name=""
          choices={regions.map((r) => ({ value: r.code.toLowerCase(), label: r.name }))}
        />
      </div>
    </>
  );
}

function cleanQuery(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
