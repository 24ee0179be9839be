import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { getNewMeetingForm } from "@/lib/data/meetings/get-meeting-form";
import { MeetingForm } from "@/components/staff/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { BackArrow } from "@/components/ui/arrows";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewMeetingPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "meeting.create");
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "StaffMeetings" }),
    getNewMeetingForm({ actor: user, locale }),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/staff/meetings" className="font-medium text-brand-700 underline">
          <BackArrow />
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={t("newTitle")} lead={t("newLead")}>
        <p>
          <Link href="/staff/meetings/new/from-report" className="font-medium text-brand-700 underline">
            {t("fromReport")}
          </Link>
        </p>
      </PageHeader>
      <MeetingForm
        mode="create"
        formToken={form.formToken}
        choices={form.choices}
        values={form.values}
        previews={form.previews}
      />
    </>
  );
}
