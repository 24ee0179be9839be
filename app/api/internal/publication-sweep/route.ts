import { invalidatePublic } from "@/lib/cache/invalidate";
import { isSweepRequest } from "@/lib/cache/publication-sweep";
import { tagsChangedByTime } from "@/lib/data/publication-sweep";

export const dynamic = "force-dynamic";

// The end of the last sweep of this instance; the first one looks back to the
// process's start (its cache is in memory, so nothing older is cached).
let sweptUntil = new Date(performance.timeOrigin);

/** POST from this instance's own timer (lib/cache/publication-sweep.ts); anyone else gets a 404. */
export async function POST(request: Request) {
  if (!isSweepRequest(request)) return new Response("Not found", { status: 404 });
  const since = sweptUntil;
  const until = new Date();
  const tags = await tagsChangedByTime(since, until);
  invalidatePublic(tags);
  sweptUntil = until;
  return Response.json({ since, until, tags }, { headers: { "Cache-Control": "no-store" } });
}
