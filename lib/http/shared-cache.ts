// What the portal tells shared HTTP caches (Varnish, a CDN that purges by
// surrogate key) about a public response, and the keys it purges them by.
// Used by the request seam when it sends a cached page and by the purge that
// follows every invalidation (lib/cache/http-purge.ts), so both name a tag the
// same way.
import { createHmac } from "node:crypto";

/** Shared caches keep a page this long unless a purge comes first (Next's own safety net is the same hour). */
export const SHARED_MAX_AGE = 3600;
/** Search results: kept briefly, in their own bounded storage (deploy/varnish/portal-rules.vcl). */
export const SEARCH_SHARED_MAX_AGE = 600;
/** While the portal is down, a shared cache may serve what it has for this long. */
export const STALE_IF_ERROR = 86_400;

/** The request header Varnish adds to its fetches (deploy/varnish): the response is for the cache, not a visitor. */
export const SHARED_CACHE_REQUEST_HEADER = "x-portal-shared-cache";
/** The response header listing a response's surrogate keys, in Varnish's xkey format (space-separated). */
export const SURROGATE_KEY_HEADER = "xkey";
/** The key of responses whose tags are unknown: every purge names it too. */
export const UNTAGGED = "*";

/**
 * Browsers revalidate every time (max-age=0: a publish must show at once);
 * shared caches keep the page until it is purged (s-maxage), refresh it in the
 * background for a moment after that, and serve it while the portal is down.
 */
export function sharedCacheControl(kind: "page" | "search"): string {
  const maxAge = kind === "search" ? SEARCH_SHARED_MAX_AGE : SHARED_MAX_AGE;
  return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=30, stale-if-error=${STALE_IF_ERROR}`;
}

/**
 * A tag as a surrogate key: an HMAC of it, so that the header shows no record
 * id (a page's tags include records linked to it that are not public yet),
 * the same on every instance that shares the secret.
 */
export function surrogateKey(tag: string, secret: string): string {
  return createHmac("sha256", secret).update(tag).digest("base64url").slice(0, 16);
}

/** The surrogate keys of a response; UNTAGGED's key when its tags are unknown. */
export function surrogateKeys(tags: readonly string[] | null, secret: string): string {
  return (tags?.length ? tags : [UNTAGGED]).map((tag) => surrogateKey(tag, secret)).join(" ");
}
