import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { locales, type AppLocale } from "@/i18n/routing";
import { renderMarkdown } from "@/lib/content/markdown";
import { getMeetingForEdit } from "@/lib/data/staff/meeting-editor";
import { meetingEditorAccess } from "@/components/staff/meetings/editor-access";
import { meetingFormChoices } from "@/components/staff/meetings/form-choices";
import { meetingFormValues } from "@/components/staff/meetings/form-values";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { MeetingForm } from "@/components/staff/meetings/meeting-form";
import { MeetingStatusForm } from "@/components/staff/meetings/meeting-status-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditMeetingPage({ params }: Props) {
  const { locale, id, user } = await meetingEditorAccess(params);
  const meeting = await getMeetingForEdit({ actor: user, id, locale });
  if (!meeting) notFound();
  const choices = await meetingFormChoices(user, locale, meeting);
  const bodies = new Map(meeting.translations.map((t) => [t.locale, t.body]));
  const previews = Object.fromEntries(locales.map((l) => [l, renderMarkdown(bodies.get(l) ?? "")])) as Record<AppLocale, string>;
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="details" />
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 xl:order-1">
          <MeetingForm
            mode="edit"
            id={meeting.id}
            version={meeting.version}
            choices={choices}
            values={meetingFormValues(meeting, { regionId: user.regionId })}
            previews={previews}
            translationStates={meeting.translationStates}
          />
        </div>
        <aside className="xl:order-2">
          <MeetingStatusForm
            id={meeting.id}
            version={meeting.version}
            status={meeting.status}
            hasPublishedText={meeting.translations.some((t) => t.status === "PUBLISHED")}
          />
        </aside>
      </div>
    </>
  );
}
