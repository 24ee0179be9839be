import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { isoDate } from "@/lib/content/format";
import { findReportableActivity } from "@/lib/data/plans/list-report-work";
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
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("newReport")}</h1>
      <p className="text-slate-700" dir="auto">
        {activity.title}
      </p>
      <div className="card sm:p-6">
        <ReportForm
          activityId={activity.id}
          indicators={activity.indicators}
          initial={{ periodStart: isoDate(activity.plannedStart), periodEnd: isoDate(new Date()) }}
          formToken={newFormToken()}
        />
      </div>
    </div>
  );
}
