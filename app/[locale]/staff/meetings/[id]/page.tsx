import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { changeMeetingPublicationAction } from "@/lib/actions/meetings";
import { upcomingDate } from "@/lib/content/date-time";
import type { RecordStatus } from "@/lib/content/publication";
import { getMeetingForEdit } from "@/lib/data/meetings/get-meeting-editor";
import { getMeetingEditForm } from "@/lib/data/meetings/get-meeting-form";
import { PublicationPanel } from "@/components/staff/editor/publication-panel";
import { EditorBody } from "@/components/staff/editor/editor-body";
import { DeleteDraftLink } from "@/components/staff/editor/delete-draft-link";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { MeetingForm } from "@/components/staff/meetings/meeting-form";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string; cityNames?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("editTitle"), robots: { index: false } };
}

/** After a create: "created", and whether the city's names went to an administrator. */
async function createdNotice(
  searchParams: Props["searchParams"],
  t: Awaited<ReturnType<typeof getTranslations<"StaffMeetings">>>,
) {
  const { created, cityNames } = await searchParams;
  if (!created) return null;
  return cityNames === "suggested" ? `${t("created")} ${t("cityNamesSuggested")}` : t("created");
}

export default async function EditMeetingPage({ params, searchParams }: Props) {
  const { locale, id, user, meeting: header } = await meetingEditorAccess(params);
  const meeting = await getMeetingForEdit({ actor: user, id });
  if (!meeting) notFound();
  const [form, t] = await Promise.all([
    getMeetingEditForm({ actor: user, locale, meeting }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
  ]);
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={header} active="details" />
      <EditorBody
        created={await createdNotice(searchParams, t)}
        aside={
          <>
            <PublicationPanel
              kind="meeting"
              action={changeMeetingPublicationAction}
              id={meeting.id}
              version={meeting.version}
              status={meeting.status as RecordStatus}
              translationStates={header.translationStates}
              isPublic={header.isPublic}
              scheduledFor={upcomingDate(meeting.publishAt, locale, meeting.timeZone)}
            />
            {meeting.mayDelete ? <DeleteDraftLink href={`/staff/meetings/${meeting.id}/delete`} /> : null}
          </>
        }
      >
        <MeetingForm
          mode="edit"
          id={meeting.id}
          version={meeting.version}
          isPublic={header.isPublic}
          choices={form.choices}
          values={form.values}
          previews={form.previews}
          translationStates={header.translationStates}
          city={form.city}
        />
      </EditorBody>
    </>
  );
}
