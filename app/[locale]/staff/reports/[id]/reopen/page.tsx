import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { reopenReportAction } from "@/lib/actions/plans";
import { findReportForStaff } from "@/lib/data/plans/list-report-work";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("reopenTitle"), robots: { index: false } };
}

/** The confirmation of reopening an accepted report: its figures leave the public plan. */
export default async function ReopenReportPage({ params }: Props) {
  const { locale, user } = await staffPage(params);
  const id = await recordParam(params);
  const report = await findReportForStaff({ actor: user, id, locale });
  if (report === null) notFound();
  if (report === "forbidden" || !report.mayReopen) forbidden();
  const t = await getTranslations({ locale, namespace: "StaffPlans" });
  return (
    <ConfirmStep
      title={t("reopenTitle")}
      lead={t("reopenConfirmLead", { activity: isolated(report.activityTitle) })}
      consequences={[t("reopenPublic"), t("reopenReview"), t("reopenAudited")]}
      action={reopenReportAction}
      fields={{ reportId: report.id, version: report.version }}
      confirmLabel={t("reopenConfirm")}
      cancel={{ href: `/staff/reports/${report.id}`, label: t("cancel") }}
    />
  );
}
