// Dates, numbers and country names formatted for the visitor's locale.
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "./intl-locale";

const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null | undefined, locale: AppLocale): string {
  if (!code) return "";
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    displayNames.set(locale, names);
  }
  return names.of(code.trim().toUpperCase()) ?? code;
}

/** "12–15 October 2021" in the meeting's own time zone. */
export function formatDateRange(start: Date, end: Date, timeZone: string, locale: AppLocale): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone });
  return format.formatRange(start, end);
}

export function formatDate(date: Date, locale: AppLocale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone }).format(date);
}

export function isoDate(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
