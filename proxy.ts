import { NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { auth } from "./lib/auth/auth";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);
const staffPath = /^\/(en|fr|es|ru|ar)\/staff(\/|$)/;

// Locale routing for every page ("/" goes to the visitor's locale: cookie,
// then Accept-Language, else English). Staff pages also need a session: an
// anonymous visitor goes to sign-in and comes back after it. This is only the
// first gate: every staff page, action and route checks permissions itself.
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const match = staffPath.exec(pathname);
  if (match && !request.auth) {
    const url = new URL(`/${match[1]}/sign-in`, request.nextUrl);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  return intl(request);
});

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
