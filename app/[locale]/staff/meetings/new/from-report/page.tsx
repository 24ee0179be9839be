import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { listImportedReports } from "@/lib/data/imports/propose-meeting";
import { getNewMeetingForm } from "@/lib/data/meetings/get-meeting-form";
import { ReportStart } from "@/components/staff/meetings/report-start";
import { PageHeader } from "@/components/ui/page-header";
import { BackArrow } from "@/components/ui/arrows";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffImport" });
  return { title: t("fromReportTitle"), robots: { index: false } };
}

export default async function MeetingFromReportPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "meeting.create");
  const [t, form, imported] = await Promise.all([
    getTranslations({ locale, namespace: "StaffImport" }),
    getNewMeetingForm({ actor: user, locale }),
    listImportedReports({ actor: user }),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/staff/meetings/new" className="font-medium text-brand-700 underline">
          <BackArrow />
          {t("backToNew")}
        </Link>
      </p>
      <PageHeader title={t("fromReportTitle")} lead={t("fromReportLead")} />
      <ReportStart
        choices={form.choices}
        values={form.values}
        previews={form.previews}
        formToken={form.formToken}
        imported={imported}
      />
    </>
  );
}
