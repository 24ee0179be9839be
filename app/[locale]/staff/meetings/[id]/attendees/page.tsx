import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { addAttendeeAction } from "@/lib/actions/attendees";
import { getAttendeeFormOptions, listAttendees } from "@/lib/data/meetings/list-attendees";
import { Section } from "@/components/ui/section";
import { ActionButton } from "@/components/staff/editor/action-button";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { AttendeeList } from "@/components/staff/attendees/attendee-list";
import { AttendeeForm } from "@/components/staff/attendees/attendee-form";
import { AttendeeImportForm } from "@/components/staff/attendees/attendee-import-form";
import { CsvColumnsHelp } from "@/components/staff/attendees/csv-columns-help";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffAttendees" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MeetingAttendeesPage({ params }: Props) {
  const { locale, id, user, meeting } = await meetingEditorAccess(params);
  const [attendees, options, t] = await Promise.all([
    listAttendees({ actor: user, meetingId: id, locale }),
    getAttendeeFormOptions(locale),
    getTranslations({ locale, namespace: "StaffAttendees" }),
  ]);
  const people = attendees.reduce((sum, a) => sum + a.people.length, 0);
  const ref = { meetingId: meeting.id, version: meeting.version };
  // The host and organizer chosen on the details tab, offered as attendees in one click.
  const present = new Set(attendees.filter((a) => a.organization.choice === "structure").map((a) => a.organization.id));
  const suggestions = (
    [
      ["HOST", meeting.hostStructureId],
      ["ORGANIZER", meeting.organizerStructureId],
    ] as const
  ).flatMap(([role, structureId]) => {
    const structure =
      structureId && !present.has(structureId) ? options.structures.find((s) => s.value === structureId) : null;
    return structure ? [{ role, structureId: structure.value, name: structure.label }] : [];
  });
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="attendees" />
      <div className="mb-8 space-y-3">
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p className="text-sm font-medium text-slate-800">
          {t("summary", { organizations: attendees.length, people })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={`/${locale}/staff/meetings/${meeting.id}/attendees/export.csv`}
            download
            className={buttonClass("secondary")}
          >
            {t("export")}
          </a>
          <p className="text-sm text-slate-700">{t("exportHint")}</p>
        </div>
        <p className="max-w-3xl rounded-md border-s-4 border-accent-500 bg-amber-50 px-4 py-2 text-sm text-slate-900">
          {t("privateNote")}
        </p>
      </div>
      <div className="space-y-12">
        {suggestions.length ? (
          <Section id="attendee-suggestions" title={t("suggestionsTitle")}>
            <p className="text-sm text-slate-700">{t("suggestionsLead")}</p>
            <ul className="flex flex-wrap gap-3">
              {suggestions.map((s) => (
                <li key={s.role}>
                  <ActionButton
                    action={addAttendeeAction}
                    fields={{ ...ref, role: s.role, organizationChoice: "structure", structureId: s.structureId }}
                    label={t(s.role === "HOST" ? "addAsHost" : "addAsOrganizer", { name: s.name })}
                    variant="secondary"
                    successMessage={t("added")}
                  />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        <Section id="attendees-list" title={t("listTitle")}>
          <AttendeeList meeting={ref} attendees={attendees} options={options} locale={locale} />
        </Section>
        <Section id="attendee-add" title={t("addTitle")}>
          <div className="card sm:p-6">
            <AttendeeForm mode="add" idPrefix="add" {...ref} options={options} />
          </div>
        </Section>
        <Section id="attendee-import" title={t("import.title")}>
          <div className="space-y-4 card sm:p-6">
            <p className="max-w-3xl text-slate-700">{t("import.intro")}</p>
            <CsvColumnsHelp locale={locale} />
            <AttendeeImportForm {...ref} />
          </div>
        </Section>
      </div>
    </>
  );
}
