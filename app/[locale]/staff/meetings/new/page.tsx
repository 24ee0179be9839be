import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { locales, type AppLocale } from "@/i18n/routing";
import { requireStaff } from "@/lib/auth/guard";
import { meetingFormChoices } from "@/components/staff/meetings/form-choices";
import { meetingFormValues } from "@/components/staff/meetings/form-values";
import { MeetingForm } from "@/components/staff/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewMeetingPage({ params }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale, "meeting.create");
  const [t, choices] = await Promise.all([getTranslations({ locale, namespace: "StaffMeetings" }), meetingFormChoices(user, locale)]);
  const empty = Object.fromEntries(locales.map((l) => [l, ""])) as Record<AppLocale, string>;
  const missing = Object.fromEntries(locales.map((l) => [l, "MISSING" as const])) as Record<AppLocale, "MISSING">;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/staff/meetings" className="font-medium text-brand-700 underline">
          <span aria-hidden="true" className="rtl:hidden">← </span>
          <span aria-hidden="true" className="hidden rtl:inline">→ </span>
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <MeetingForm mode="create" choices={choices} values={meetingFormValues(null, { regionId: user.regionId })} previews={empty} translationStates={missing} />
    </>
  );
}
