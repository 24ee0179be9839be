import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { MeetingPlans as MeetingPlansData } from "@/lib/data/plans/get-public-plans";
import { Link } from "@/components/ui/link";
import { PlanSummaryList } from "./plan-summary-list";

/** On a meeting page: the plans its decision adopted, and the follow-up of the plan adopted at the previous meeting of the series, as it stood on this meeting's first day. */
export async function MeetingPlans({ plans, locale }: { plans: MeetingPlansData; locale: AppLocale }) {
  if (!plans.adopted.length && !plans.followUp) return null;
  const t = await getTranslations({ locale, namespace: "Plans" });
  return (
    <div className="space-y-8">
      {plans.adopted.length ? (
        <section aria-labelledby="adopted-plans" className="space-y-3">
          <h2 id="adopted-plans" className="text-xl font-semibold text-brand-900">
            {t("adoptedPlansTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("adoptedPlansIntro")}</p>
          <PlanSummaryList plans={plans.adopted} locale={locale} />
        </section>
      ) : null}
      {plans.followUp ? (
        <section aria-labelledby="plan-follow-up" className="space-y-3">
          <h2 id="plan-follow-up" className="text-xl font-semibold text-brand-900">
            {t("followUpTitle")}
          </h2>
          <p className="text-sm text-slate-700">
            {t("followUpAsOf", { date: formatDate(plans.followUp.asOf, locale) })}
            {plans.followUp.previous ? (
              <>
                {" "}
                <Link href={`/meetings/${plans.followUp.previous.slug}`} className="underline">
                  {t("previousMeeting")}
                </Link>
              </>
            ) : null}
          </p>
          <PlanSummaryList plans={plans.followUp.plans} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
