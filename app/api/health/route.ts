import { checkDatabase } from "@/lib/data/check-database";
import { cacheStatus } from "@/lib/cache/status";

export const dynamic = "force-dynamic";

/**
 * 200 while the database answers (the cache may be "degraded": pages are then
 * served from this instance's own cache), 503 when it does not.
 */
export async function GET() {
  const database = await checkDatabase();
  const cache = cacheStatus();
  return Response.json(
    {
      status: database ? (cache.cache === "degraded" ? "degraded" : "ok") : "unavailable",
      database: database ? "reachable" : "unreachable",
      ...cache,
    },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
