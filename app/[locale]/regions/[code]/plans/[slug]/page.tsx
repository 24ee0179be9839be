import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { routing, type AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import { getPublishedPlan } from "@/lib/data/plans/get-public-plans";
import { pageMetadata } from "@/lib/seo/metadata";
import { isSlugParam } from "@/lib/validation/record-id";
import { regionPathCodeSchema } from "@/lib/validation/structure-filters";
import { PlanActivities } from "@/components/plans/plan-activities";
import { CompletionChart, percent, PlanTimeline } from "@/components/plans/plan-charts";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string; code: string; slug: string }> };

// Rendered on its first request, then cached until its tags are invalidated.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

const loadPlan = cache(async (locale: AppLocale, rawCode: string, slug: string) => {
  const code = regionPathCodeSchema.safeParse(rawCode);
  return code.success && isSlugParam(slug) ? getPublishedPlan({ locale, code: code.data, slug }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const plan = await loadPlan(locale, code, slug);
  if (!plan) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: `/regions/${plan.regionCode.toLowerCase()}/plans/${plan.slug}`,
    title: plan.title,
    description: plan.summary,
    siteName: site("name"),
  });
}

export default async function PlanPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { code, slug } = await params;
  const plan = await loadPlan(locale, code, slug);
  if (!plan) notFound();
  const t = await getTranslations({ locale, namespace: "Plans" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const regionPath = `/regions/${plan.regionCode.toLowerCase()}`;
  const { overall } = plan;
  return (
    <article className="space-y-10">
      <Breadcrumb
        label={t("breadcrumb")}
        items={[
          { href: "/", label: nav("home") },
          { href: regionPath, label: plan.regionName },
        ]}
      />
      <div className="space-y-6">
        {plan.isFallback ? <FallbackNotice locale={locale} /> : null}
        <PageHeader
          title={plan.title}
          lead={plan.summary || undefined}
          lang={plan.isFallback ? plan.textLocale : undefined}
        >
          <p className="text-sm text-slate-700">
            {t("period", { start: formatDate(plan.periodStart, locale), end: formatDate(plan.periodEnd, locale) })} ·{" "}
            {t(`planStatus.${plan.status}`)}
          </p>
          {plan.meeting ? (
            <div className="space-y-1 text-sm text-slate-700">
              <p>
                {t("adoptedAt")}{" "}
                <Link href={`/meetings/${plan.meeting.slug}`} className="underline" lang={plan.meeting.titleLocale}>
                  {plan.meeting.title}
                </Link>{" "}
                ({formatDate(plan.meeting.startsAt, locale)})
              </p>
              {plan.decision ? (
                <blockquote className="border-s-4 border-brand-600 ps-3 italic">
                  <span className="sr-only">{t("decision")}: </span>
                  <span lang={plan.decision.locale} dir="auto">
                    {plan.decision.text}
                  </span>
                </blockquote>
              ) : null}
            </div>
          ) : null}
        </PageHeader>
      </div>

      <Section id="progress" title={t("progressTitle")}>
        <p className="text-lg font-semibold text-slate-900" data-testid="plan-overall">
          {t("doneOf", { done: overall.done, total: overall.counted })} ({percent(overall.completion, locale)})
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" aria-label={t("statusCounts")}>
          {(["DONE", "IN_PROGRESS", "PLANNED", "POSTPONED", "CANCELLED"] as const).map((s) => (
            <li key={s}>
              {t(`status.${s}`)}: <span className="font-semibold tabular-nums">{overall.byStatus[s]}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{t("onlyAccepted")}</p>
        <CompletionChart plan={plan} locale={locale} />
        <p className="text-sm">
          <a
            href={`/${locale}${regionPath}/plans/${plan.slug}/export.csv`}
            className="font-medium text-brand-800 underline"
            download
          >
            {t("downloadCsv")}
          </a>
        </p>
      </Section>

      <Section id="timeline" title={t("timelineTitle")}>
        <PlanTimeline plan={plan} locale={locale} />
      </Section>

      <Section id="activities" title={t("activitiesTitle")}>
        <PlanActivities plan={plan} locale={locale} />
      </Section>
    </article>
  );
}
