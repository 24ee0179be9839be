import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing: "/" goes to the visitor's locale (cookie, then
// Accept-Language, else English); every page lives under /{locale}.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
