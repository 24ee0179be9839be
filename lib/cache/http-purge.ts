import "server-only";
import { createClient } from "redis";
import { afterResponse } from "@/lib/actions/after-response";
import { getConfig } from "@/lib/config";
import { seamCaches } from "@/lib/http/seam-caches";
import { surrogateKey, UNTAGGED } from "@/lib/http/shared-cache";

// Every invalidation of Next's cache (lib/cache/invalidate.ts) also purges the
// same tags from the HTTP caches that hold rendered responses:
// - the request seam's own cache on this instance (lib/http/response-cache.ts),
//   at once and again after the response;
// - the seam caches of the other instances, through Redis (REDIS_URL);
// - every shared HTTP cache in HTTP_CACHE_PURGE_URLS (Varnish with xkey:
//   deploy/varnish), by surrogate key, retried with backoff; a purge that
//   still fails is logged with the tags it missed.
// The purges run after the response, when Next has applied the invalidation
// (else a cache could fetch the old page again at once); shared caches are
// purged a second time SECOND_PURGE_MS later, for a fetch that was on its way
// meanwhile.

const CHANNEL = "portal:http-purge";
export const PURGE_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];
export const SECOND_PURGE_MS = 2000;
/** Keys per PURGE request: a header of a few hundred bytes. */
const KEYS_PER_REQUEST = 40;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.error(`${new Date().toISOString()} http cache purge: ${message}`);

/** The secret surrogate keys are made with (the same on every instance): routes that set `xkey` themselves use it too. */
export const keySecret = () => getConfig().AUTH_SECRET ?? "no-secret";

const newClient = (url: string) => createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000 } });
type RedisClient = ReturnType<typeof newClient>;
const redisKey = Symbol.for("regional-structures-portal.purge-redis");
type Global = typeof globalThis & { [redisKey]?: Promise<RedisClient | null> };

/**
 * Tags whose publish to the other instances failed (Redis down): sent when the
 * publisher is connected again, so another instance's seam never keeps a page
 * an edit made during the outage changed.
 */
const unpublished = new Set<string>();

function publisher(): Promise<RedisClient | null> {
  const url = getConfig().REDIS_URL;
  if (!url) return Promise.resolve(null);
  const global = globalThis as Global;
  global[redisKey] ??= (async () => {
    const client = newClient(url);
    client.on("error", () => {});
    client.on("ready", () => void publishMissed(client));
    await client.connect();
    return client;
  })().catch((error) => {
    delete global[redisKey];
    log(`Redis unreachable (${error instanceof Error ? error.message : error})`);
    return null;
  });
  return global[redisKey];
}

async function publish(client: RedisClient, tags: readonly string[]): Promise<void> {
  try {
    await client.publish(CHANNEL, JSON.stringify(tags));
  } catch (error) {
    for (const tag of tags) unpublished.add(tag);
    log(`Redis publish failed (${error instanceof Error ? error.message : error}); sent when Redis is back`);
  }
}

async function publishMissed(client: RedisClient): Promise<void> {
  if (!unpublished.size) return;
  const tags = [...unpublished];
  unpublished.clear();
  await publish(client, tags);
  // Again a little later: an instance may have stored a page again from the
  // shared cache before that cache had dropped the same tags (cache-handler.mjs
  // sends them when it reconnects, on its own connection).
  setTimeout(() => void publish(client, tags), SECOND_PURGE_MS).unref();
}

/** One shared cache: PURGE with the xkey-purge header, in batches, retried with backoff. */
async function purgeSharedCache(base: string, tags: readonly string[]): Promise<void> {
  const keys = [...tags, UNTAGGED].map((tag) => surrogateKey(tag, keySecret()));
  for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) {
    const batch = keys.slice(i, i + KEYS_PER_REQUEST).join(" ");
    let lastError = "";
    for (let attempt = 0; attempt <= PURGE_RETRY_DELAYS_MS.length; attempt += 1) {
      if (attempt) await sleep(PURGE_RETRY_DELAYS_MS[attempt - 1]);
      try {
        const response = await fetch(new URL("/", base), {
          method: "PURGE",
          headers: { "xkey-purge": batch },
          signal: AbortSignal.timeout(2000),
        });
        await response.arrayBuffer();
        if (response.ok) {
          lastError = "";
          break;
        }
        lastError = `HTTP ${response.status}`;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
    }
    if (lastError)
      log(`${base} missed the tags ${tags.join(" ")} after ${PURGE_RETRY_DELAYS_MS.length + 1} tries (${lastError})`);
  }
}

/** Purges every HTTP cache downstream of this instance; resolves when all have answered or given up. */
export async function purgeEverywhere(tags: readonly string[]): Promise<void> {
  seamCaches()?.purge(tags);
  const redis = await publisher();
  if (!redis && getConfig().REDIS_URL) for (const tag of tags) unpublished.add(tag);
  await Promise.all([
    redis && publish(redis, tags),
    redis && publishMissed(redis),
    ...getConfig().HTTP_CACHE_PURGE_URLS.map((base) => purgeSharedCache(base, tags)),
  ]);
}

/** Called with the tags of every invalidation. */
export function purgeHttpCaches(tags: readonly string[]): void {
  if (!tags.length) return;
  const local = seamCaches();
  local?.purge(tags);
  if (!local && !getConfig().HTTP_CACHE_PURGE_URLS.length && !getConfig().REDIS_URL) return;
  const run = async () => {
    await purgeEverywhere(tags);
    // A shared cache's fetch that was on its way during the purge may have
    // stored the old page; the seams need no second round (a response begun
    // before a purge is never stored there).
    const shared = getConfig().HTTP_CACHE_PURGE_URLS;
    if (shared.length)
      setTimeout(() => void Promise.all(shared.map((base) => purgeSharedCache(base, tags))), SECOND_PURGE_MS).unref();
  };
  try {
    afterResponse("http cache purge", run);
  } catch {
    // Outside a request (a script): at once.
    void run();
  }
}

/** The other instances' purges, for this instance's seam cache (started once per instance, with REDIS_URL). */
export async function subscribeToPurges(): Promise<void> {
  const url = getConfig().REDIS_URL;
  if (!url) return;
  const client = createClient({
    url,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  client.on("error", () => {});
  // After a gap (Redis down, or this instance cut off from it), purges sent
  // meanwhile were never heard here: everything in the seam may be stale.
  let connectedBefore = false;
  client.on("ready", () => {
    if (connectedBefore) seamCaches()?.clear();
    connectedBefore = true;
  });
  await client.connect().catch(() => {
    // The reconnect strategy keeps trying.
  });
  await client.subscribe(CHANNEL, (message) => {
    try {
      const tags = JSON.parse(message) as string[];
      if (Array.isArray(tags)) seamCaches()?.purge(tags.map(String));
    } catch {
      // Not one of ours.
    }
  });
}
