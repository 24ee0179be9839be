// The visitor's language choice on public pages, remembered for "/" without
// running the proxy: public pages under their locale need nothing else of it,
// and Next.js's proxy costs more per request than serving a cached page.
// Pages the proxy does handle (staff, sign-in, password, paths without a
// locale) get the cookie from next-intl's middleware instead. The seam sets it
// when it sends the response, after any cache, since it depends on the
// visitor's own headers; a shared cache in front does the same
// (deploy/varnish/portal-rules.vcl), so its fetches get no cookie.
import type http from "node:http";
import { locales, type AppLocale } from "@/i18n/routing";
import { localeCookieHeader, shouldRememberLocale } from "@/i18n/locale-cookie";
import { SHARED_CACHE_REQUEST_HEADER } from "./shared-cache";

const localized = new RegExp(`^/(${locales.join("|")})(?:[/?]|$)`);
const proxied = new RegExp(`^/(${locales.join("|")})/(?:staff|sign-in|password)(?:[/?]|$)`);

/** The locale a GET of a public page names, when the visitor's cookie should change to it. */
export function localeToRemember(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): AppLocale | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers[SHARED_CACHE_REQUEST_HEADER] !== undefined) return null;
  const url = request.url ?? "/";
  const locale = localized.exec(url)?.[1] as AppLocale | undefined;
  if (!locale || proxied.test(url) || request.headers.rsc !== undefined) return null;
  return shouldRememberLocale(request.headers as Parameters<typeof shouldRememberLocale>[0], locale) ? locale : null;
}

/** The Set-Cookie header a response to this request should carry, if any. */
export function localeCookieFor(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): string | null {
  const locale = localeToRemember(request);
  return locale ? localeCookieHeader(locale) : null;
}
