import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { auth } from "./lib/auth/auth";
import { routing } from "./i18n/routing";
import { cachedPagePolicy, noncePolicy } from "./lib/security/csp";
import { viewTarget } from "./lib/http/view-target";

const intl = createMiddleware(routing);
const localeGroup = routing.locales.join("|");
const staffPath = new RegExp(`^/(${localeGroup})/staff(/|$)`);
// Pages rendered per request (they read the session or a one-time token):
// their scripts carry a fresh nonce. Every other page is the same for every
// visitor and served from the cache, so it gets a policy without nonces.
const perRequestPath = new RegExp(`^/(${localeGroup})/(staff|sign-in|password)(/|$)`);

function withNonce(request: NextRequest, respond: (request: NextRequest) => NextResponse): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = noncePolicy(nonce);
  // Next.js reads the nonce from the request's policy and puts it on its scripts.
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);
  const response = respond(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Staff pages need a session: an anonymous visitor goes to sign-in and comes
// back after it. This is only the first gate: every staff page, action and
// route checks permissions itself.
const staffProxy = auth((request) =>
  withNonce(request, (req) => {
    const match = staffPath.exec(req.nextUrl.pathname);
    if (match && !request.auth) {
      const url = new URL(`/${match[1]}/sign-in`, req.nextUrl);
      url.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
      return NextResponse.redirect(url);
    }
    return intl(req);
  }),
);

const localizedPath = new RegExp(`^/(${localeGroup})(/|$)`);

/**
 * The public requests the matcher sends here (see `config`): paths without a
 * locale (e.g. "/") go through next-intl for the redirect to the visitor's
 * language; lists with a query string go to their canonical cached view.
 * Every other public page skips the proxy: it needs no session work, and its
 * policy and locale cookie are set by the request seam
 * (lib/http/request-seam.ts), which also sends page loads of lists to their
 * view before Next.js sees them; what reaches this are client navigations.
 */
function publicProxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  if (!localizedPath.test(pathname)) return withPolicy(intl(request));
  const target = viewTarget(pathname, searchParams);
  return withPolicy(target ? rewriteTo(request, target) : NextResponse.next());
}

function withPolicy(response: NextResponse): NextResponse {
  response.headers.set("Content-Security-Policy", cachedPagePolicy());
  return response;
}

function rewriteTo(request: NextRequest, pathname: string): NextResponse {
  const url = new URL(pathname, request.nextUrl);
  // Keep Next's own cache-busting parameter of client-side navigations.
  const rsc = request.nextUrl.searchParams.get("_rsc");
  if (rsc !== null) url.searchParams.set("_rsc", rsc);
  return NextResponse.rewrite(url);
}

/** The open data API: every request goes to its canonical cached view; a path that is no resource is left to 404. */
function apiProxy(request: NextRequest): NextResponse {
  // Only reads: a cached view answers any method with its body (issue 18), so
  // other methods go on to app/api/v1/[...path], which answers 405 with Allow.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const target = viewTarget(request.nextUrl.pathname, request.nextUrl.searchParams);
  return target ? NextResponse.rewrite(new URL(target, request.nextUrl)) : NextResponse.next();
}

export default function proxy(request: NextRequest, event: Parameters<typeof staffProxy>[1]) {
  if (request.nextUrl.pathname.startsWith("/api/v1/")) return apiProxy(request);
  if (perRequestPath.test(request.nextUrl.pathname)) return staffProxy(request, event);
  return publicProxy(request);
}

// Read by Next.js at build time: literals only. A public page under its
// locale runs no proxy unless it is a list with one of its query parameters
// (lib/validation/list-views.ts), since Next's proxy costs more per request
// than serving a cached page. tests/unit/proxy-matcher.test.ts keeps these
// entries in step with the locales and the lists.
export const config = {
  matcher: [
    // The staff area, sign-in and password pages: session and nonce.
    "/:locale(en|fr|es|ru|ar)/:area(staff|sign-in|password)/:path*",
    // Paths without a locale: the redirect to the visitor's language.
    "/((?!api|_next|_vercel|en/|en$|fr/|fr$|es/|es$|ru/|ru$|ar/|ar$|.*\\..*).*)",
    // Lists with a query: their canonical view.
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "page" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "q" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "region" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "kind" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "year" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "when" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "topic" }],
    },
    {
      source: "/:locale(en|fr|es|ru|ar)/:list(meetings|news|structures|search|decisions|meetings/calendar\\.ics)",
      has: [{ type: "query", key: "structure" }],
    },
    { source: "/:locale(en|fr|es|ru|ar)/decisions", has: [{ type: "query", key: "status" }] },
    { source: "/:locale(en|fr|es|ru|ar)/decisions", has: [{ type: "query", key: "series" }] },
    // The open data API: each request goes to its canonical cached view (not
    // openapi.json, nor the views themselves). The request seam does this
    // before Next.js for GET and HEAD; this is the fallback.
    "/api/v1/(meetings|structures|regions|news|plans|decisions)/:path*",
    "/api/v1/(meetings|structures|regions|news|plans|decisions)",
  ],
};
