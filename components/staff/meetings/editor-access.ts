import "server-only";
import { forbidden, notFound } from "next/navigation";
import { connection } from "next/server";
import { pageLocale } from "@/i18n/params";
import { requireStaff } from "@/lib/auth/guard";
import { can, type Action } from "@/lib/auth/permissions";
import { getMeetingPermissionScope } from "@/lib/data/staff/meeting-access";
import { isRecordId } from "@/lib/validation/record-id";

/**
 * The gate of every page of a meeting's editor: signed in (else sign-in),
 * the meeting exists (else 404), and the user may do `action` on it (else
 * the 403 page). The page then reads through scoped data functions.
 */
export async function meetingEditorAccess(params: Promise<{ locale: string; id: string }>, action: Action = "meeting.update") {
  const locale = await pageLocale(params);
  await connection();
  const { id } = await params;
  const user = await requireStaff(locale);
  if (!isRecordId(id)) notFound();
  const scope = await getMeetingPermissionScope(id);
  if (!scope) notFound();
  if (!can(user, action, scope)) forbidden();
  return { locale, id, user, scope };
}
