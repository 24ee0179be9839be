// Record ids and slugs in URLs (/staff/meetings/{id}, /meetings/{slug}…).
// A value that can name no record (a NUL, a quote, a slash…) is a 404, never
// a database query: PostgreSQL rejects NUL in text with an error (a 500).
import { hasControlCharacters } from "./text-rules";

/** Ids are cuids: letters and digits. */
export const RECORD_ID_PATTERN = /^[a-z0-9]{1,40}$/i;

export const isRecordId = (value: unknown): value is string =>
  typeof value === "string" && RECORD_ID_PATTERN.test(value);

/** A slug from a URL that may be looked up (no control characters, not absurdly long). */
export const isSlugParam = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 200 && !hasControlCharacters(value);
