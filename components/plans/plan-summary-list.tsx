import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { PlanSummary } from "@/lib/data/plans/get-public-plans";
import { Link } from "@/components/ui/link";
import { ProgressBar, percent } from "./plan-charts";

/** Links to plans with their summary ("4 of 9 activities done"), for region, structure and meeting pages. */
export async function PlanSummaryList({ plans, locale }: { plans: PlanSummary[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Plans" });
  return (
    <ul className="space-y-3">
      {plans.map((plan) => {
        const line = t("doneOf", { done: plan.summary.done, total: plan.summary.counted });
        return (
          <li key={plan.id} className="space-y-2 card" data-testid="plan-summary">
            <Link
              href={`/regions/${plan.regionCode.toLowerCase()}/plans/${plan.slug}`}
              className="font-semibold text-brand-800 underline"
              lang={plan.titleLocale}
            >
              {plan.title}
            </Link>
            <p className="text-sm text-slate-700">
              {formatDate(plan.periodStart, locale)} – {formatDate(plan.periodEnd, locale)} ·{" "}
              <span data-testid="plan-summary-done">{line}</span> ({percent(plan.summary.completion, locale)})
            </p>
            <ProgressBar share={plan.summary.completion} locale={locale} label={line} />
          </li>
        );
      })}
    </ul>
  );
}
