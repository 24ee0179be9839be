import { invalidatePublic } from "@/lib/cache/invalidate";
import { isSweepRequest } from "@/lib/cache/publication-sweep";
import { tagsChangedByTime } from "@/lib/data/list-tags-changed-by-time";
import { SHARED_MAX_AGE } from "@/lib/http/shared-cache";

export const dynamic = "force-dynamic";

// The end of the last sweep of this instance. The first one looks back from
// the process's start as far as a shared HTTP cache keeps a page (Varnish
// keeps pages across a restart of the portal; Next's cache is in memory).
let sweptUntil = new Date(performance.timeOrigin - SHARED_MAX_AGE * 1000);

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
