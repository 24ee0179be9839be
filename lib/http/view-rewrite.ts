// Page loads of lists with a query string (/en/search?q=…, /en/meetings?page=2)
// and every request of the open data API go to their canonical cached view
// here, before Next.js sees them, instead of in the proxy: Next's proxy costs
// more per request than serving the cached page (docs/performance.md). Same
// mapping as the proxy's (lib/validation/list-views.ts, lib/api/views.ts).
// Client-side navigations (RSC requests) are left to the proxy, which tells
// the router about its rewrite; so is anything that is not a GET or HEAD.
import type http from "node:http";
import { apiRewrite } from "@/lib/api/views";
import { viewRewrite } from "@/lib/validation/list-views";
import { addRequestHook } from "./request-hooks";

/** The canonical view a request should be served from, or null to leave it as it is. */
export function viewTargetOf(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "/";
  const api = url.startsWith("/api/v1/");
  if (!api && !url.includes("?")) return null;
  if (request.headers.rsc !== undefined || request.headers["next-router-prefetch"] !== undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://portal.invalid");
  } catch {
    return null;
  }
  if (parsed.searchParams.has("_rsc")) return null;
  return api ? apiRewrite(parsed.pathname, parsed.searchParams) : viewRewrite(parsed.pathname, parsed.searchParams);
}

export function installViewRewrite(): void {
  addRequestHook(
    Object.assign(
      (request: http.IncomingMessage) => {
        const target = viewTargetOf(request);
        if (target) request.url = target;
      },
      { hookName: "view-rewrite" },
    ),
  );
}
