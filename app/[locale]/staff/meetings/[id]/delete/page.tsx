import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { deleteMeetingAction } from "@/lib/actions/meetings";
import { getDraftMeetingParts } from "@/lib/data/meetings/delete-meeting";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";
import { NotADraft } from "@/components/staff/editor/not-a-draft";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffEditor" });
  return { title: t("deleteDraftTitle"), robots: { index: false } };
}

/** The confirmation of deleting a draft meeting: what goes with it. */
export default async function DeleteMeetingPage({ params }: Props) {
  const { locale, id, meeting } = await meetingEditorAccess(params, "meeting.delete");
  const t = await getTranslations({ locale, namespace: "StaffEditor" });
  const back = { href: `/staff/meetings/${id}`, label: t("cancel") };
  if (meeting.status !== "DRAFT") return <NotADraft title={t("deleteDraftTitle")} back={back} />;
  const parts = await getDraftMeetingParts(id);
  return (
    <ConfirmStep
      title={t("deleteDraftTitle")}
      lead={t("deleteDraftLead", { title: isolated(meeting.title) })}
      consequences={[t("deleteMeetingParts", parts), t("deleteLinksKept"), t("deleteAudited")]}
      action={deleteMeetingAction}
      fields={{ id, version: meeting.version }}
      confirmLabel={t("deleteDraftConfirm")}
      cancel={back}
    />
  );
}
