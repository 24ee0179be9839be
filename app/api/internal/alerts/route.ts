import { isSweepRequest } from "@/lib/jobs/internal-timer";
import { runAlertJobs } from "@/lib/jobs/alert-worker";

export const dynamic = "force-dynamic";

/** POST from this instance's own timer (lib/jobs/alert-timer.ts); anyone else gets a 404. */
export async function POST(request: Request) {
  if (!isSweepRequest(request)) return new Response("Not found", { status: 404 });
  const round = await runAlertJobs();
  return Response.json(round, { headers: { "Cache-Control": "no-store" } });
}
