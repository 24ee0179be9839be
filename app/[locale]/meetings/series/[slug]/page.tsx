import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { pageLocale } from "@/i18n/params";
import { getPublicSeries } from "@/lib/data/meetings/get-public-series";
import { pageMetadata } from "@/lib/seo/metadata";
import { CalendarLinks } from "@/components/meetings/calendar-links";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { loadBySlug } from "@/lib/data/load-by-slug";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on its first request, then cached until the series or its meetings change.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

const loadSeries = loadBySlug(getPublicSeries);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const series = await loadSeries(locale, (await params).slug);
  if (!series) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  const t = await getTranslations({ locale, namespace: "Series" });
  return pageMetadata({
    locale,
    path: `/meetings/series/${series.slug}`,
    title: series.name,
    description: t("lead", { count: series.meetings.length }),
    siteName: site("name"),
    feeds: { ics: `/meetings/series/${series.slug}/calendar.ics` },
  });
}

export default async function SeriesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const series = await loadSeries(locale, (await params).slug);
  if (!series) notFound();
  const t = await getTranslations({ locale, namespace: "Series" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const m = await getTranslations({ locale, namespace: "Meeting" });
  return (
    <div className="space-y-8">
      <Breadcrumb
        label={t("breadcrumb")}
        items={[
          { href: "/", label: nav("home") },
          { href: "/meetings", label: nav("meetings") },
        ]}
      />
      {series.isFallback ? <FallbackNotice locale={locale} /> : null}
      <PageHeader title={series.name} lead={t("lead", { count: series.meetings.length })} lang={series.nameLocale}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded-full bg-brand-100 px-3 py-1 font-medium text-brand-900">{t("eyebrow")}</span>
          <span className="rounded-full bg-slate-200 px-3 py-1 font-medium text-slate-800">
            {m(`kind.${series.kind as "OTHER"}`)}
          </span>
          {series.region ? (
            <Link
              href={`/regions/${series.region.code.toLowerCase()}`}
              className="font-medium text-brand-700 underline"
            >
              {series.region.name}
            </Link>
          ) : null}
        </p>
        <CalendarLinks locale={locale} path={`/meetings/series/${series.slug}/calendar.ics`} />
        <p className="text-sm">
          <Link href={`/decisions?series=${series.slug}`} className="font-medium text-brand-700 underline">
            {t("decisions")}
          </Link>
        </p>
      </PageHeader>
      <ol className="grid gap-3 md:grid-cols-2" data-testid="series-meetings">
        {series.meetings.map((meeting) => (
          <li key={meeting.id} className="flex flex-col">
            {meeting.number !== null ? (
              <p className="mb-1 text-xs font-semibold tracking-wide text-brand-700 uppercase">
                {t("number", { number: meeting.number })}
              </p>
            ) : null}
            <MeetingCard meeting={meeting} locale={locale} headingLevel={2} />
          </li>
        ))}
      </ol>
      <SubscribeForm locale={locale} scope="SERIES" target={series.slug} name={series.name} />
    </div>
  );
}
