// Next's cache (rendered pages, route handlers, unstable_cache), behind Next's
// own `cacheHandler` interface (next.config.ts). Loaded by Next at run time as
// plain JavaScript, outside the app's bundles, which is why it reads
// REDIS_URL from the environment itself; lib/config-schema.ts validates the
// variable when the server starts.
//
// - Without REDIS_URL: Next's own handler (an LRU in memory per instance,
//   prerendered pages read from the build).
// - With REDIS_URL: @fortedigital/nextjs-cache-handler, whose Redis handler keeps
//   entries and their tag index in Redis, so a tag invalidated on one instance
//   is gone for every instance at once. When Redis cannot be reached (at start
//   or later), reads and writes fall back to a local LRU: pages are still
//   served, possibly stale, never an error. Tags invalidated meanwhile are kept
//   and replayed when Redis is back, so the staleness ends then.
// - Either way, a not-found answer is never stored: every slug or path a
//   visitor makes up would otherwise become an entry, and enough of them
//   would evict every real page (a 404 renders again each time instead).
import { createRequire } from "node:module";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

const require = createRequire(import.meta.url);
const statusKey = Symbol.for("regional-structures-portal.cache-status");

/** What /api/health reports: "local", or "shared" / "degraded" with Redis. */
function setStatus(status) {
  globalThis[statusKey] = status;
}

function sharedHandlers(url) {
  const client = createClient({
    url,
    // Fail at once while disconnected instead of queueing: the page falls back to the local cache.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  const pendingTags = new Set();
  const redis = createRedisHandler({ client, keyPrefix: "portal:", timeoutMs: 1000 });
  let ready = false;
  client.on("ready", async () => {
    ready = true;
    setStatus({ cache: "shared", redis: "connected" });
    console.log(`${new Date().toISOString()} shared cache: connected to Redis`);
    for (const tag of [...pendingTags]) {
      try {
        await redis.revalidateTag(tag);
        pendingTags.delete(tag);
      } catch {
        break;
      }
    }
  });
  client.on("error", () => {
    if (!ready) return;
    ready = false;
    setStatus({ cache: "degraded", redis: "unreachable" });
    console.error(`${new Date().toISOString()} shared cache: Redis unreachable, serving from the local cache`);
  });
  setStatus({ cache: "degraded", redis: "connecting" });
  client.connect().catch(() => {
    // The reconnect strategy keeps trying; until then the local cache serves.
  });
  const guardedRedis = {
    ...redis,
    name: "redis",
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag);
      } catch (error) {
        pendingTags.add(tag);
        throw error;
      }
    },
  };
  // Redis first; when it throws (down), the local LRU.
  return [guardedRedis, createLruHandler({ maxItemsNumber: 2000, maxItemSizeBytes: 96 * 1024 * 1024 })];
}

CacheHandler.onCreation(() => {
  // eslint-disable-next-line no-restricted-properties -- Next loads this file as plain ESM, outside its bundles: it cannot import lib/config-schema.ts (which validates REDIS_URL at start).
  globalThis.portalCacheConfig ??= { handlers: sharedHandlers(process.env.REDIS_URL) };
  return globalThis.portalCacheConfig;
});

/** The handler Next constructs once per instance. */
export default class PortalCacheHandler {
  constructor(context) {
    // eslint-disable-next-line no-restricted-properties -- plain ESM loaded by Next, as above: no lib/config here.
    const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD;
    if (shared) {
      this.delegate = new CacheHandler(context);
    } else {
      // Next's default handler, as Next itself would construct it.
      const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
      this.delegate = new FileSystemCache(context);
      setStatus({ cache: "local" });
    }
  }

  get(...args) {
    return this.delegate.get(...args);
  }

  set(key, data, context) {
    if (data && data.status === 404) return Promise.resolve();
    return this.delegate.set(key, data, context);
  }

  revalidateTag(...args) {
    return this.delegate.revalidateTag(...args);
  }

  resetRequestCache() {
    return this.delegate.resetRequestCache?.();
  }
}
