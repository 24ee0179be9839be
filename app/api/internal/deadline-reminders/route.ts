import { isSweepRequest } from "@/lib/jobs/internal-timer";
import { sendDeadlineReminders } from "@/lib/mail/deadline-reminders";

export const dynamic = "force-dynamic";

/** POST from this instance's own timer (lib/jobs/deadline-reminders.ts); anyone else gets a 404. */
export async function POST(request: Request) {
  if (!isSweepRequest(request)) return new Response("Not found", { status: 404 });
  const result = await sendDeadlineReminders();
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
