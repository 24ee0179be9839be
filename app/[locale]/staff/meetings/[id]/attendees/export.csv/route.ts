import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getCurrentUser } from "@/lib/auth/session";
import { buildAttendeeCsv } from "@/lib/csv/attendee-csv";
import { listAttendeesForExport } from "@/lib/data/meetings/list-attendees";
import { findMeetingForStaff } from "@/lib/data/meetings/claim-meeting";
import { attachmentDisposition } from "@/lib/storage/file-names";
import { isRecordId } from "@/lib/validation/record-id";

type Context = { params: Promise<{ locale: string; id: string }> };

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

/** The attendees of a meeting as CSV, private fields included: only for those who may edit the meeting. */
export async function GET(request: Request, { params }: Context) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale) || !isRecordId(id)) return plain(404, "Not found");
  const user = await getCurrentUser();
  if (!user) {
    const back = `/${locale}/staff/meetings/${encodeURIComponent(id)}/attendees`;
    return Response.redirect(new URL(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(back)}`, request.url), 303);
  }
  // The same access check as every tab of the meeting's editor.
  const access = await findMeetingForStaff({ actor: user, id, action: "meeting.update", locale });
  if (access.state === "notFound") return plain(404, "Not found");
  if (access.state === "forbidden") return plain(403, "Forbidden");
  const exported = await listAttendeesForExport({ actor: user, meetingId: id });
  if (!exported) return plain(404, "Not found");
  return new Response(buildAttendeeCsv(exported.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`attendees-${exported.slug}.csv`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
