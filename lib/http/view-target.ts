// The one mapping from a public URL with a query string to its canonical
// cached view (lists: lib/validation/list-views.ts; the open data API:
// lib/api/views.ts), used by the request seam for page loads and API calls
// and by proxy.ts for client-side navigations, which the router must be told
// about. Also the other side of it: a view path that the mapping would never
// produce is junk, answered with a 404 before Next.js sees it.
import type http from "node:http";
import { apiRewrite, parseApiView } from "@/lib/api/views";
import { isCanonicalViewSegment, viewPathOf, viewRewrite } from "@/lib/validation/list-views";

/** The internal path of a request's canonical view, or null to serve the path as it is. */
export function viewTarget(pathname: string, search: URLSearchParams): string | null {
  return pathname.startsWith("/api/v1/") ? apiRewrite(pathname, search) : viewRewrite(pathname, search);
}

/**
 * Where the seam sends a page load or API call: its canonical view, or null.
 * Client-side navigations (RSC requests) are left to the proxy, which tells
 * the router about its rewrite; so is anything that is not a GET or HEAD.
 */
export function viewTargetOf(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "/";
  if (!url.startsWith("/api/v1/") && !url.includes("?")) return null;
  if (request.headers.rsc !== undefined || request.headers["next-router-prefetch"] !== undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://portal.invalid");
  } catch {
    return null;
  }
  if (parsed.searchParams.has("_rsc")) return null;
  return viewTarget(parsed.pathname, parsed.searchParams);
}

/** Whether a path names an internal view that no request maps to (a 404, never cached). */
export function isJunkView(pathname: string): boolean {
  const api = /^\/api\/v1\/view(?:\/(.*))?$/.exec(pathname);
  if (api) return !api[1] || api[1].includes("/") || parseApiView(api[1]) === null;
  const list = viewPathOf(pathname);
  if (!list) return false;
  return !list.segment || list.segment.includes("/") || !isCanonicalViewSegment(list.list, list.segment);
}
