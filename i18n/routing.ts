import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr", "es", "ru", "ar"] as const;
export type AppLocale = (typeof locales)[number];

/** The visitor's last language, for "/" (set by the proxy on public pages, by next-intl elsewhere). */
export const localeCookie = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  localeCookie,
});

export const rtlLocales: ReadonlySet<AppLocale> = new Set(["ar"]);

export function directionOf(locale: AppLocale): "rtl" | "ltr" {
  return rtlLocales.has(locale) ? "rtl" : "ltr";
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
