import "server-only";

// Set by cache-handler.mjs (loaded by Next outside the app's bundles, hence a
// global): "local" without REDIS_URL; with it, "shared" while Redis answers
// and "degraded" (pages served from the instance's own cache) while not.
const statusKey = Symbol.for("regional-structures-portal.cache-status");

export type CacheStatus = {
  cache: "local" | "shared" | "degraded";
  redis?: "connected" | "connecting" | "unreachable";
};

export function cacheStatus(): CacheStatus {
  return ((globalThis as Record<symbol, unknown>)[statusKey] as CacheStatus | undefined) ?? { cache: "local" };
}
