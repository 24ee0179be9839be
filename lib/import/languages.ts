import { IMPORT_LOCALES, type ImportLocale } from "./types";

/** "ru-RU", "ru_RU", "RU" → "ru"; anything else → null. */
export function importLocale(value: unknown): ImportLocale | null {
  if (typeof value !== "string") return null;
  const code = value.trim().slice(0, 2).toLowerCase();
  return (IMPORT_LOCALES as readonly string[]).includes(code) ? (code as ImportLocale) : null;
}

/** A date in any form JavaScript reads (RFC 822, ISO 8601) → YYYY-MM-DD. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed.slice(0, 10);
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** The language a URL names in its path or query: /ru/…, /en/…, ?lang=fr. */
export function urlLocale(url: string | null): ImportLocale | null {
  if (!url) return null;
  const m = url.match(/[/?&](?:lang=)?(en|fr|es|ru|ar)(?=[/&#]|$)/i);
  return m ? importLocale(m[1]) : null;
}

/** A URL with its language taken out: the key items in several languages share. */
export function urlWithoutLocale(url: string): string {
  return url
    .replace(/([/?&])(?:lang=)?(en|fr|es|ru|ar)(?=[/&#]|$)/i, "$1")
    .replace(/\/{2,}(?!.*:\/\/)/g, "/")
    .replace(/[?&]$/, "");
}
