import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { pageLocale } from "@/i18n/params";
import { routing, type AppLocale } from "@/i18n/routing";
import { getRegion } from "@/lib/data/regions/get-region";
import { listRegionPlans } from "@/lib/data/plans/get-public-plans";
import { PlanSummaryList } from "@/components/plans/plan-summary-list";
import { pageMetadata } from "@/lib/seo/metadata";
import { regionPathCodeSchema } from "@/lib/validation/structure-filters";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { CountryList } from "@/components/regions/country-list";
import { RegionMap } from "@/components/regions/region-map";
import { RegionStructures } from "@/components/regions/region-structures";

type Props = { params: Promise<{ locale: string; code: string }> };

// Rendered on its first request, then cached until its tags are invalidated.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

/** Only the six lower-case codes are pages: /regions/eur, never /regions/EUR. */
const loadRegion = cache(async (locale: AppLocale, rawCode: string) => {
  const code = regionPathCodeSchema.safeParse(rawCode);
  return code.success ? getRegion({ locale, code: code.data }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const region = await loadRegion(locale, code);
  if (!region) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  const t = await getTranslations({ locale, namespace: "Regions" });
  return pageMetadata({
    locale,
    path: `/regions/${region.code.toLowerCase()}`,
    title: region.name,
    description: region.description || t("metaDescription", { region: region.name }),
    siteName: site("name"),
  });
}

export default async function RegionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const region = await loadRegion(locale, code);
  if (!region) notFound();
  const t = await getTranslations({ locale, namespace: "Regions" });
  const home = await getTranslations({ locale, namespace: "Home" });
  const plans = await listRegionPlans(locale, region.code);
  const planTexts = await getTranslations({ locale, namespace: "Plans" });
  const pathCode = region.code.toLowerCase();
  return (
    <div className="space-y-12">
      <div className="space-y-6">
        {region.isFallback ? <FallbackNotice locale={locale} /> : null}
        <PageHeader
          title={region.name}
          lead={region.description || undefined}
          lang={region.isFallback ? region.contentLocale : undefined}
        >
          <p className="text-sm font-medium text-slate-700">
            {home("structureCount", { count: region.structures.length })} ·{" "}
            {t("countryCount", { count: region.countryCodes.length })}
          </p>
          <p className="text-sm">
            <Link href={`/decisions?region=${pathCode}`} className="font-medium text-brand-700 underline">
              {t("allDecisions")}
            </Link>
          </p>
        </PageHeader>
      </div>

      <Section id="structures" title={t("structuresTitle")}>
        {region.structures.length ? (
          <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
            <div className="mx-auto w-full max-w-2xl min-w-0 lg:sticky lg:top-4">
              <RegionMap code={region.code} regionName={region.name} structures={region.structures} locale={locale} />
            </div>
            <RegionStructures structures={region.structures} locale={locale} />
          </div>
        ) : (
          <p className="text-slate-700">{t("noStructures")}</p>
        )}
      </Section>

      {plans.length ? (
        <Section id="plans" title={planTexts("regionPlansTitle")}>
          <PlanSummaryList plans={plans} locale={locale} />
        </Section>
      ) : null}

      <div className="grid gap-12 lg:grid-cols-2">
        <Section
          id="upcoming"
          title={t("upcomingTitle")}
          moreHref={`/meetings?region=${pathCode}`}
          moreLabel={t("allMeetings")}
        >
          {region.meetings.upcoming.length ? (
            <ul className="space-y-3">
              {region.meetings.upcoming.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard meeting={meeting} locale={locale} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noUpcoming")}</p>
          )}
        </Section>
        <Section
          id="recent"
          title={t("recentTitle")}
          moreHref={`/meetings?region=${pathCode}`}
          moreLabel={t("allMeetings")}
        >
          {region.meetings.recent.length ? (
            <ul className="space-y-3">
              {region.meetings.recent.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard meeting={meeting} locale={locale} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noRecent")}</p>
          )}
        </Section>
      </div>

      <Section id="countries" title={t("countriesTitle")}>
        <p className="text-sm text-slate-700">{t("countryCount", { count: region.countryCodes.length })}</p>
        <CountryList codes={region.countryCodes} locale={locale} />
      </Section>

      <SubscribeForm locale={locale} scope="REGION" target={pathCode} name={region.name} />
    </div>
  );
}
