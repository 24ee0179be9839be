import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import { intlLocale } from "@/lib/content/intl-locale";
import type { PublicPlan } from "@/lib/data/plans/get-public-plans";
import { FallbackBadge } from "@/components/ui/fallback-badge";
import { ProgressBar, percent } from "./plan-charts";

const statusTone: Record<string, string> = {
  PLANNED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  DONE: "bg-emerald-100 text-emerald-900",
  POSTPONED: "bg-orange-100 text-orange-900",
  CANCELLED: "bg-slate-200 text-slate-700 line-through",
};

/** The activities grouped by responsible structure, each with its status, partners and indicators against their targets. */
export async function PlanActivities({ plan, locale }: { plan: PublicPlan; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Plans" });
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
  return (
    <div className="space-y-10">
      {plan.groups.map(({ structure, summary, activities }) => (
        <section key={structure.id} aria-labelledby={`group-${structure.id}`} className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2">
            <h3 id={`group-${structure.id}`} className="text-lg font-semibold text-brand-900">
              <bdi lang={structure.nameLocale}>{structure.name}</bdi>
            </h3>
            <p className="text-sm text-slate-700" data-testid={`group-summary-${structure.slug}`}>
              {t("doneOf", { done: summary.done, total: summary.counted })}
              {(["IN_PROGRESS", "PLANNED", "POSTPONED", "CANCELLED"] as const)
                .filter((s) => summary.byStatus[s])
                .map((s) => ` · ${t(`status.${s}`)}: ${summary.byStatus[s]}`)
                .join("")}
            </p>
          </div>
          <ul className="space-y-4">
            {activities.map((a) => (
              <li key={a.id} className="space-y-3 card" data-testid="plan-activity">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h4 className="font-semibold text-slate-900" lang={a.textLocale} dir="auto">
                    {a.title}
                  </h4>
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${statusTone[a.status]}`}>
                    {t(`status.${a.status}`)}
                  </span>
                </div>
                {a.isFallback ? <FallbackBadge locale={locale} /> : null}
                {a.description ? (
                  <p className="text-sm text-slate-700" lang={a.textLocale} dir="auto">
                    {a.description}
                  </p>
                ) : null}
                <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="inline font-medium">{t("plannedPeriod")}: </dt>
                    <dd className="inline">
                      {formatDate(a.plannedStart, locale)} – {formatDate(a.plannedEnd, locale)}
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">{t("actualPeriod")}: </dt>
                    <dd className="inline">
                      {a.actualStart
                        ? `${formatDate(a.actualStart, locale)} – ${a.actualEnd ? formatDate(a.actualEnd, locale) : t("ongoing")}`
                        : t("notStarted")}
                    </dd>
                  </div>
                  {a.partners.length ? (
                    <div className="sm:col-span-2">
                      <dt className="inline font-medium">{t("partners")}: </dt>
                      <dd className="inline">
                        {a.partners.map((p, i) => (
                          <span key={i}>
                            {i ? ", " : ""}
                            <bdi lang={p.nameLocale}>{p.name}</bdi>
                          </span>
                        ))}
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {a.indicators.length ? (
                  <ul className="space-y-2" aria-label={t("indicators")}>
                    {a.indicators.map((indicator) => {
                      const text = t("indicatorValue", {
                        accepted: number.format(indicator.accepted),
                        target: number.format(indicator.target),
                        unit: indicator.unit,
                      });
                      return (
                        <li
                          key={indicator.id}
                          className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_minmax(0,12rem)] sm:items-center sm:gap-4"
                        >
                          <span className="text-sm">
                            <span lang={indicator.nameLocale} dir="auto">
                              {indicator.name}
                            </span>
                            : <span className="tabular-nums">{text}</span> ({percent(indicator.ratio, locale)})
                            {indicator.overTarget ? (
                              <>
                                {" "}
                                · <strong>{t("overTarget")}</strong>
                              </>
                            ) : null}
                          </span>
                          <ProgressBar
                            share={indicator.ratio}
                            locale={locale}
                            tone={indicator.overTarget ? "over" : "brand"}
                            label={`${indicator.name}: ${text}`}
                          />
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
