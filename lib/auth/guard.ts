import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { pageLocale } from "@/i18n/params";
import type { AppLocale } from "@/i18n/routing";
import { findMeetingForStaff, type StaffRecord } from "@/lib/data/meetings/claim-meeting";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { isRecordId } from "@/lib/validation/record-id";
import { can, type Action, type MeetingAction, type Scope } from "./permissions";
import { getCurrentUser } from "./session";

// The gates of staff pages. Each page calls one of them first: it renders
// per request (connection()), needs a signed-in user, and then only what the
// permissions module allows; the proxy's redirect is only the first gate.

/**
 * For staff pages: the signed-in user, or a redirect to sign-in (the session
 * may be gone or revoked even when the cookie is still there). With an action,
 * a user who may not do it gets the 403 page.
 */
export async function requireStaff(locale: string, action?: Action, scope?: Scope): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/staff`)}`);
  if (action && !can(user, action, scope)) forbidden();
  return user;
}

/** A staff page's locale and user, rendered per request. */
export async function staffPage(
  params: Promise<{ locale: string }>,
  action?: Action,
): Promise<{ locale: AppLocale; user: SessionUser }> {
  const locale = await pageLocale(params);
  await connection();
  return { locale, user: await requireStaff(locale, action) };
}

/** The record a staff page edits: the 404 page when unknown, the 403 page when out of the user's scope. */
export function recordOrRefuse<T>(found: StaffRecord<T>): T {
  if (found.state === "notFound") notFound();
  if (found.state === "forbidden") forbidden();
  return found.record;
}

/** The id of a record page: anything that can name no record is a 404. */
export async function recordParam(params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  return id;
}

/**
 * The one gate of every tab of a meeting's editor (details, agenda, outcomes,
 * related, attendees, documents, preview): signed in, the meeting exists
 * (else 404) and the user may do `action` on it (else 403). Returns the
 * editor's header; each tab then reads its part through scoped data functions.
 */
export async function meetingEditorAccess(
  params: Promise<{ locale: string; id: string }>,
  action: MeetingAction = "meeting.update",
) {
  const { locale, user } = await staffPage(params);
  const id = await recordParam(params);
  const meeting = recordOrRefuse(await findMeetingForStaff({ actor: user, id, action, locale }));
  return { locale, id, user, meeting };
}
