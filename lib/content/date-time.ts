// Instants in the staff workspace (sign-ins, audit entries): date and time in
// UTC, said so, since staff work across every time zone of the network.
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "./intl-locale";
import { timeZoneLabel } from "./format";

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTimeUtc(date: Date, locale: AppLocale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    formats.set(locale, format);
  }
  return `${format.format(date)} UTC`;
}

/**
 * A date and time in a meeting's zone, the zone named for the reader:
 * "12 Oct 2021, 09:00 (Kyrgyzstan Time (GMT+6))", never "Asia/Bishkek".
 */
export function formatDateTimeIn(date: Date, locale: AppLocale, timeZone: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone });
  return `${format.format(date)} (${timeZoneLabel(timeZone, date, locale)})`;
}

/** A scheduled publication still to come, formatted; null when there is none or it has passed. */
export function upcomingDate(date: Date | null, locale: AppLocale, timeZone = "UTC", now = Date.now()): string | null {
  return date && date.getTime() > now
    ? timeZone === "UTC"
      ? formatDateTimeUtc(date, locale)
      : formatDateTimeIn(date, locale, timeZone)
    : null;
}
