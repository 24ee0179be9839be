import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { listMeetingYears, listPublishedMeetings } from "@/lib/data/meetings/list-published-meetings";
import { listRegions } from "@/lib/data/regions";
import { pageMetadata } from "@/lib/seo/metadata";
import { viewParams } from "@/lib/validation/list-views";
import { pageSchema } from "@/lib/validation/public-filters";
import { meetingFiltersToQuery, parseMeetingFilters } from "@/lib/validation/meeting-filters";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { MeetingFilters } from "@/components/meetings/meeting-filters";
import { PageHeader } from "@/components/ui/page-header";
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
  return pageMetadata({ locale, path: "/meetings", title: t("title"), description: t("description"), siteName: site("name"), feeds: { ics: "/meetings/calendar.ics" } });
}

export default async function MeetingsPage({ params }: MeetingsListProps) {
  const locale = await pageLocale(params);
  const query = viewParams((await params).view ?? "");
  const filters = parseMeetingFilters(query);
  const page = pageSchema.parse(query.page);
  const [t, f] = await Promise.all([getTranslations({ locale, namespace: "Meetings" }), getTranslations({ locale, namespace: "Filters" })]);
  const [result, regions, years] = await Promise.all([
    listPublishedMeetings({ locale, filters, page }),
    listRegions({ locale }),
    listMeetingYears(),
  ]);
  // A page past the last meeting is a 404 (cached like any page, until a meeting is published).
  if (page > 1 && !result.items.length) notFound();
  const filterQuery = meetingFiltersToQuery(filters);
  const icsQuery = filterQuery.region ? `?region=${filterQuery.region}` : "";
  return (
    <>
      <PageHeader title={t("title")} lead={t("description")} />
      <MeetingFilters locale={locale} filters={filters} regions={regions} years={years} />
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-4">
        <p className="text-sm text-slate-700" role="status">{result.totalIsCapped ? f("resultsMany", { count: result.total }) : f("results", { count: result.total })}</p>
        <a href={`/${locale}/meetings/calendar.ics${icsQuery}`} className="text-sm font-medium text-brand-700 underline">
          {t("subscribe")}
        </a>
      </div>
      {result.items.length ? (
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {result.items.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noResults")}</p>
      )}
      <Pagination pathname="/meetings" query={filterQuery} page={result.page} pageCount={result.pageCount} pageCountKnown={!result.totalIsCapped} />
    </>
  );
}
