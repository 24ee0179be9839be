import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { auth } from "./lib/auth/auth";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);
const staffPath = /^\/(en|fr|es|ru|ar)\/staff(\/|$)/;

/** A strict Content-Security-Policy with a fresh nonce; Next.js adds it to its own scripts. */
function contentSecurityPolicy(nonce: string) {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function withSecurityHeaders(request: NextRequest, respond: (request: NextRequest) => NextResponse) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);
  const response = respond(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Locale routing for every page ("/" goes to the visitor's locale: cookie,
// then Accept-Language, else English). Staff pages also need a session: an
// anonymous visitor goes to sign-in and comes back after it. This is only the
// first gate: every staff page, action and route checks permissions itself.
export default auth((request) =>
  withSecurityHeaders(request, (req) => {
    const { pathname, search } = req.nextUrl;
    const match = staffPath.exec(pathname);
    if (match && !request.auth) {
      const url = new URL(`/${match[1]}/sign-in`, req.nextUrl);
      url.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(url);
    }
    return intl(req);
  }),
);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
