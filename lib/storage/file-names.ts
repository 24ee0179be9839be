// Names of uploaded files: kept for the download, never used as a path.

/** The last path segment, without control characters, at most 150 characters, ending in the real type's extension. */
export function safeFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
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
