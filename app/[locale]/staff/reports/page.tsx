import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { listReportWork } from "@/lib/data/plans/list-report-work";
import { ReportWork } from "@/components/staff/plans/report-work";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("reportsTitle"), robots: { index: false } };
}

export default async function StaffReportsPage({ params }: Props) {
  const { locale, user } = await staffPage(params);
  const [t, work] = await Promise.all([
    getTranslations({ locale, namespace: "StaffPlans" }),
    listReportWork({ actor: user, locale }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("reportsTitle")}</h1>
      <ReportWork work={work} locale={locale} />
    </div>
  );
}
