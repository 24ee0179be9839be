import "server-only";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import type { AppLocale } from "@/i18n/routing";
import { loadMeetingDetail } from "./get-published-meeting";

/**
 * The meeting as its public page will show it in `locale`, drafts included,
 * for staff who may read it (their scope; RTC representatives: meetings their
 * centre hosts or organizes). The header comes from findMeetingForStaff.
 */
export function getMeetingPreview({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  return loadMeetingDetail({ AND: [{ id }, meetingWhere(actor, "meeting.readDraft")] }, locale, "preview");
}
