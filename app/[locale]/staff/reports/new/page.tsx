import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { formatDate, isoDate } from "@/lib/content/format";
import { defaultReportPeriod, findReportableActivity } from "@/lib/data/plans/list-report-work";
import { newFormToken } from "@/lib/data/create-once";
import { isRecordId } from "@/lib/validation/record-id";
import { ReportForm } from "@/components/staff/plans/report-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ activity?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("newReport"), robots: { index: false } };
}

export default async function NewReportPage({ params, searchParams }: Props) {
  // Reporting is the centres' (lib/auth/permissions.ts, report.area); the activity then by its centre.
  const { locale, user } = await staffPage(params, "report.area");
  const { activity: activityId } = await searchParams;
  if (!isRecordId(activityId)) notFound();
  const activity = await findReportableActivity({ actor: user, id: activityId, locale });
  if (!activity) forbidden();
  const t = await getTranslations({ locale, namespace: "StaffPlans" });
  const period = defaultReportPeriod(activity);
  const range = (start: Date, end: Date) => `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("newReport")}</h1>
      <dl className="grid gap-x-6 gap-y-2 card text-sm sm:grid-cols-[max-content_1fr] sm:p-6">
        <dt className="font-semibold text-slate-800">{t("contextPlan")}</dt>
        <dd className="text-slate-900" dir="auto">
          {activity.plan.title} ({range(activity.plan.periodStart, activity.plan.periodEnd)})
        </dd>
        <dt className="font-semibold text-slate-800">{t("contextActivity")}</dt>
        <dd className="text-slate-900" dir="auto">
          {activity.title}
        </dd>
        <dt className="font-semibold text-slate-800">{t("contextPlanned")}</dt>
        <dd className="text-slate-900">{range(activity.plannedStart, activity.plannedEnd)}</dd>
        {activity.lastAcceptedEnd ? (
          <>
            <dt className="font-semibold text-slate-800">{t("contextLastAccepted")}</dt>
            <dd className="text-slate-900">{formatDate(activity.lastAcceptedEnd, locale)}</dd>
          </>
        ) : null}
      </dl>
      <div className="card sm:p-6">
        <ReportForm
          activityId={activity.id}
          indicators={activity.indicators}
          initial={{ periodStart: isoDate(period.periodStart), periodEnd: isoDate(period.periodEnd) }}
          formToken={newFormToken()}
        />
      </div>
    </div>
  );
}
