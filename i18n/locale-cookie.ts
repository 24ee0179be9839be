// next-intl's rule for its locale cookie, on a page a visitor navigates to:
// remember a locale that differs from the cookie or, without a cookie, from
// the browser's first language (so most visitors get no cookie at all).
// Applied to public pages by lib/http/locale-cookie.ts; next-intl's
// middleware applies the same rule on the pages the proxy handles.
import { localeCookie, routing, type AppLocale } from "./routing";

type Headers = { cookie?: string; "accept-language"?: string; "sec-fetch-dest"?: string };

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function shouldRememberLocale(headers: Headers, locale: AppLocale): boolean {
  const dest = headers["sec-fetch-dest"];
  if (dest !== undefined && dest !== "document") return false;
  const cookie = cookieValue(headers.cookie, localeCookie.name);
  if (cookie !== undefined) return cookie !== locale;
  const preferred = headers["accept-language"]?.split(",")[0]?.trim().split(/[-;]/)[0]?.toLowerCase();
  const browserLocale = routing.locales.find((l) => l === preferred) ?? routing.defaultLocale;
  return browserLocale !== locale;
}

/** The Set-Cookie value that remembers `locale`. */
export function localeCookieHeader(locale: AppLocale): string {
  return `${localeCookie.name}=${locale}; Path=/; Max-Age=${localeCookie.maxAge}; SameSite=${localeCookie.sameSite}`;
}
