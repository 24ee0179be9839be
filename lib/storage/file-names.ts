// Names of uploaded files: kept for the download, never used as a path.
import { stripBidiControls } from "@/lib/validation/text-rules";

/**
 * The last path segment, at most 150 characters, ending in the real type's
 * extension; without control characters (C0, DEL, C1) or invisible direction
 * controls (U+202A–U+202E, U+2066–U+2069), which could make
 * "report\u202Efdp.exe" read as "reportexe.pdf" wherever the name is shown.
 */
export function safeFileName(name: string, extension: string): string {
  const base = stripBidiControls(name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const withExtension = base.toLowerCase().endsWith(`.${extension}`) ? base : `${base || "document"}.${extension}`;
  if (withExtension.length <= 150) return withExtension;
  return `${withExtension.slice(0, 150 - extension.length - 1)}.${extension}`;
}

const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with an ASCII fallback name (quotes, backslashes and non-ASCII
 * replaced) and the exact UTF-8 name (RFC 6266 / 5987), so no header injection
 * and accents or Cyrillic survive.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\;]/g, "_");
  return `attachment; filename="${ascii || "document"}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
