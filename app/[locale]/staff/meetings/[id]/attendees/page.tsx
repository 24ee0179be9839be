import type { Metadata } from "next";
import { connection } from "next/server";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { requireStaff } from "@/lib/auth/guard";
import { isRecordId } from "@/lib/validation/record-id";
import { can } from "@/lib/auth/permissions";
import { getStaffMeetingAttendees } from "@/lib/data/staff/attendees";
import { findMeetingEditScope } from "@/lib/data/staff/meeting-lock";
import { Section } from "@/components/ui/section";
import { MeetingPartHeader } from "@/components/staff/meeting-part-header";
import { AttendeeList } from "@/components/staff/attendees/attendee-list";
import { AttendeeForm } from "@/components/staff/attendees/attendee-form";
import { AttendeeImportForm } from "@/components/staff/attendees/attendee-import-form";
import { CsvColumnsHelp } from "@/components/staff/attendees/csv-columns-help";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffAttendees" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MeetingAttendeesPage({ params }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const user = await requireStaff(locale);
  const scope = await findMeetingEditScope(id);
  if (!scope) notFound();
  if (!can(user, "meeting.update", scope)) forbidden();
  const meeting = await getStaffMeetingAttendees({ actor: user, meetingId: id, locale });
  if (!meeting) notFound();
  const t = await getTranslations({ locale, namespace: "StaffAttendees" });
  const people = meeting.attendees.reduce((sum, a) => sum + a.people.length, 0);
  return (
    <>
      <MeetingPartHeader locale={locale} meeting={meeting} title={t("title")} lead={t("lead")} tab="attendees">
        <p className="text-sm font-medium text-slate-800">{t("summary", { organizations: meeting.attendees.length, people })}</p>
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={`/${locale}/staff/meetings/${meeting.id}/attendees/export.csv`}
            download
            className="rounded border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("export")}
          </a>
          <p className="text-sm text-slate-700">{t("exportHint")}</p>
        </div>
        <p className="max-w-3xl rounded-md border-s-4 border-accent-500 bg-amber-50 px-4 py-2 text-sm text-slate-900">{t("privateNote")}</p>
      </MeetingPartHeader>
      <div className="space-y-12">
        <Section id="attendees-list" title={t("listTitle")}>
          <AttendeeList meeting={meeting} options={meeting.options} locale={locale} />
        </Section>
        <Section id="attendee-add" title={t("addTitle")}>
          <div className="card sm:p-6">
            <AttendeeForm mode="add" idPrefix="add" meetingId={meeting.id} version={meeting.version} options={meeting.options} />
          </div>
        </Section>
        <Section id="attendee-import" title={t("import.title")}>
          <div className="space-y-4 card sm:p-6">
            <p className="max-w-3xl text-slate-700">{t("import.intro")}</p>
            <CsvColumnsHelp locale={locale} />
            <AttendeeImportForm meetingId={meeting.id} version={meeting.version} />
          </div>
        </Section>
      </div>
    </>
  );
}
