import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { auth } from "./lib/auth/auth";
import { localeCookie, routing } from "./i18n/routing";
import { cachedPagePolicy, noncePolicy } from "./lib/security/csp";
import { viewRewrite } from "./lib/validation/list-views";

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
 * Public pages: no session work; lists with a query string go to their
 * canonical cached view. A path that already names its locale needs nothing
 * of the locale routing but remembering the choice (next-intl's middleware
 * would cost a quarter of a millisecond per request for that); any other path
 * (e.g. "/") goes through it for the redirect to the visitor's language.
 */
function publicProxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const locale = localizedPath.exec(pathname)?.[1];
  if (!locale) return withPolicy(intl(request));
  const target = viewRewrite(pathname, searchParams);
  const response = target ? rewriteTo(request, target) : NextResponse.next();
  if (shouldRememberLocale(request, locale)) {
    response.cookies.set(localeCookie.name, locale, { path: "/", sameSite: localeCookie.sameSite, maxAge: localeCookie.maxAge });
  }
  return withPolicy(response);
}

/**
 * next-intl's rule for its locale cookie, on a page a visitor navigates to:
 * remember a locale that differs from the cookie, or, without a cookie, from
 * the browser's first language (so most visitors get no cookie at all).
 */
function shouldRememberLocale(request: NextRequest, locale: string): boolean {
  const dest = request.headers.get("sec-fetch-dest");
  if (dest !== null && dest !== "document") return false;
  const cookie = request.cookies.get(localeCookie.name)?.value;
  if (cookie !== undefined) return cookie !== locale;
  const preferred = request.headers.get("accept-language")?.split(",")[0]?.trim().split(/[-;]/)[0]?.toLowerCase();
  const browserLocale = routing.locales.find((l) => l === preferred) ?? routing.defaultLocale;
  return browserLocale !== locale;
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

export default function proxy(request: NextRequest, event: Parameters<typeof staffProxy>[1]) {
  if (perRequestPath.test(request.nextUrl.pathname)) return staffProxy(request, event);
  return publicProxy(request);
}

export const config = {
  // Every page (not API routes, Next internals or files), plus the meetings
  // calendar, whose filters are canonicalized like a list's.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/:locale/meetings/calendar.ics"],
};
