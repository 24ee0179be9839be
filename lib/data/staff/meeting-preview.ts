import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import type { AppLocale } from "@/i18n/routing";
import { loadMeetingDetail } from "../meetings/get-published-meeting";
import { meetingScope } from "../scope";
import { meetingHeader } from "./meeting-editor";

/**
 * The meeting as its public page will show it in `locale`, drafts included,
 * for staff who may read it (their scope; RTC representatives: meetings their
 * centre hosts or organizes). Three queries at most.
 */
export async function getMeetingPreview({ actor, id, locale, uiLocale }: { actor: Actor; id: string; locale: AppLocale; uiLocale: AppLocale }) {
  const where = { AND: [{ id }, meetingScope(actor)] };
  const [meeting, header] = await Promise.all([
    loadMeetingDetail(where, locale, "preview"),
    prisma.meeting.findFirst({ where, select: { id: true, slug: true, status: true, version: true, publishAt: true, translations: { select: { locale: true, status: true, title: true } } } }),
  ]);
  if (!meeting || !header) return null;
  return {
    meeting,
    header: { ...header, ...meetingHeader(header, uiLocale) },
  };
}
