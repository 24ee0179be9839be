// Dates, numbers and country names formatted for the visitor's locale.
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "./intl-locale";
import { countryNameOverrides } from "./country-names";
import { wallClock } from "./time-zone";

/**
 * Country names are Intl.DisplayNames' (CLDR), the one source used by every
 * page, feed, calendar, map and the API, except where the WCO's and the
 * United Nations' usage in that language differs from CLDR's short forms
 * (lib/content/country-names.ts: "Hong Kong, China", not "Hong Kong SAR China").
 */
export { countryNameOverrides };

const displayNames = new Map<string, Intl.DisplayNames>();

function cldrCountryName(code: string, locale: AppLocale): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

export function countryName(code: string | null | undefined, locale: AppLocale): string {
  if (!code) return "";
  const iso = code.trim().toUpperCase();
  return countryNameOverrides[locale]?.[iso] ?? cldrCountryName(iso, locale);
}

/** Every name a text may give the country in `locale` (the import reads them): the portal's and CLDR's short form. */
export function countryNamesToMatch(code: string, locale: AppLocale): string[] {
  const iso = code.trim().toUpperCase();
  return [...new Set([countryName(iso, locale), cldrCountryName(iso, locale)])];
}

/**
 * "Бишкек, Кыргызстан": a city already named in the locale (its data function
 * names it from the gazetteer, lib/data/gazetteer/name-places.ts) and the country's name,
 * joined by the locale's pattern (a translation such as "{city}, {country}").
 */
export function formatPlace(
  cityName: string | null | undefined,
  countryCode: string | null | undefined,
  locale: AppLocale,
  joinPlace: (city: string, country: string) => string,
): string {
  const name = cityName ?? "";
  const country = countryName(countryCode, locale);
  return name && country ? joinPlace(name, country) : name || country;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the visitor's language ("anglais" on a French page), as CLDR writes it. */
export function languageName(code: string, locale: AppLocale): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    languageNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** Replaces CLDR's name of an overridden country inside a longer CLDR text (a time zone's name). */
function withCountryOverrides(text: string, locale: AppLocale): string {
  const overrides = countryNameOverrides[locale];
  if (!overrides) return text;
  let result = text;
  for (const [code, name] of Object.entries(overrides)) result = result.replaceAll(cldrCountryName(code, locale), name);
  return result;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Long dates ("12 October 2021"), or short ones ("12 Oct 2021", for a page's header). */
function dateFormat(locale: AppLocale, timeZone: string, short = false): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${short}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      intlLocale(locale),
      short ? { day: "numeric", month: "short", year: "numeric", timeZone } : { dateStyle: "long", timeZone },
    );
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * "12–15 October 2021" in the meeting's own time zone. en-GB spaces the dash
 * of every range ("12 – 15 October"); between two day numbers British style
 * (and the WCO's own pages) close it up, while "30 September – 2 October" keeps it.
 */
export function formatDateRange(
  start: Date,
  end: Date,
  timeZone: string,
  locale: AppLocale,
  { short = false }: { short?: boolean } = {},
): string {
  const text = dateFormat(locale, timeZone, short).formatRange(start, end);
  return locale === "en" ? text.replace(/(\d)[\s\u2009\u202f]+–[\s\u2009\u202f]+(\d)/u, "$1–$2") : text;
}

export function formatDate(date: Date, locale: AppLocale, timeZone = "UTC"): string {
  return dateFormat(locale, timeZone).format(date);
}

/** Times of day: always 24-hour ("09:00", also in Arabic, where ICU would write "09:00 ص"). */
export function timeFormat(
  locale: AppLocale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    ...options,
  });
}

/**
 * A time zone as a reader knows it, with its offset at the given instant:
 * "Kyrgyzstan Time (GMT+6)", "heure du Kirghizistan (UTC+6)", never "Asia/Bishkek".
 */
export function timeZoneLabel(timeZone: string, at: Date, locale: AppLocale): string {
  const name = withCountryOverrides(zonePart(timeZone, at, locale, "long"), locale);
  const offset = zonePart(timeZone, at, locale, "shortOffset");
  return name && offset && name !== offset ? `${name} (${offset})` : offset || timeZone;
}

/** A zone's offset at a moment, as the language writes it ("GMT+4", "غرينتش+4"): the short form of cards. */
export function timeZoneOffset(timeZone: string, at: Date, locale: AppLocale): string {
  return zonePart(timeZone, at, locale, "shortOffset") || timeZone;
}

function zonePart(timeZone: string, at: Date, locale: AppLocale, timeZoneName: "long" | "shortOffset") {
  return (
    new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? ""
  );
}

/**
 * A meeting's hours at its venue ("10:00", "14:00"): the start on its first
 * day and the end on its last, with whether they fall on different days.
 */
export function formatHours(start: Date, end: Date, timeZone: string, locale: AppLocale) {
  const format = timeFormat(locale, timeZone);
  const lastInstant = new Date(Math.max(start.getTime(), end.getTime() - 1));
  return {
    start: format.format(start),
    end: format.format(end),
    acrossDays: isoDate(start, timeZone) !== isoDate(lastInstant, timeZone),
  };
}

/**
 * An instant as ISO 8601 with the zone's offset at that instant,
 * "2026-09-08T10:00:00+04:00": the wall-clock time at the venue, for
 * schema.org's startDate and endDate (search engines show it as written).
 */
export function isoDateTimeInZone(date: Date, timeZone: string): string {
  const instant = Math.floor(date.getTime() / 1000) * 1000;
  const w = wallClock(instant, timeZone);
  const offsetMinutes = Math.round(
    (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - instant) / 60000,
  );
  const pad = (n: number) => String(n).padStart(2, "0");
  const abs = Math.abs(offsetMinutes);
  const offset = `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offset}`;
}

export function isoDate(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** "PDF, 1.2 MB": a document's type (from its MIME type or file name) and size, in the locale's units. */
export function formatFileSize(bytes: number, locale: AppLocale): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}
