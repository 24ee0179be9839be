import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { MeetingEditorHeader as Header } from "@/lib/data/meetings/claim-meeting";
import { EditorHeader } from "@/components/staff/editor/editor-header";

export const meetingEditorTabs = [
  "details",
  "agenda",
  "outcomes",
  "related",
  "attendees",
  "documents",
  "preview",
] as const;
export type MeetingEditorTab = (typeof meetingEditorTabs)[number];

/** The header of every tab of a meeting's editor: the kit's header with the meeting's tab bar. */
export async function MeetingEditorHeader({
  locale,
  meeting,
  active,
  tabs = true,
}: {
  locale: AppLocale;
  meeting: Header;
  active: MeetingEditorTab;
  tabs?: boolean;
}) {
  const heading = active !== "preview";
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  const base = `/staff/meetings/${meeting.id}`;
  return (
    <EditorHeader
      locale={locale}
      back={{ href: "/staff/meetings", label: t("backToList") }}
      title={meeting.title}
      titleLocale={meeting.titleLocale}
      status={meeting.status}
      isPublic={meeting.isPublic}
      publicHref={`/meetings/${meeting.slug}`}
      translationStates={meeting.translationStates}
      titleIsHeading={heading}
      tabs={
        tabs
          ? {
              label: t("sections"),
              active,
              items: meetingEditorTabs.map((tab) => ({
                key: tab,
                href: tab === "details" ? base : `${base}/${tab}`,
                label: t(`tab.${tab}`),
              })),
            }
          : undefined
      }
    />
  );
}
