// Instants in the staff workspace (sign-ins, audit entries): date and time in
// UTC, said so, since staff work across every time zone of the network.
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "./intl-locale";

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTimeUtc(date: Date, locale: AppLocale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    formats.set(locale, format);
  }
  return `${format.format(date)} UTC`;
}
