import "server-only";
import { unstable_cache } from "next/cache";

// Public reads are cached in Next's data cache and tagged; publishing or
// editing content invalidates the tags (see lib/cache/invalidate.ts), so pages
// refresh at once. The cache stores JSON, so Dates are tagged on the way in
// and revived on the way out.

export const cacheTags = {
  meetings: "meetings",
  meeting: (id: string) => `meeting:${id}`,
  news: "news",
  newsArticle: (id: string) => `news:${id}`,
  structures: "structures",
  structure: (id: string) => `structure:${id}`,
  regions: "regions",
} as const;

const dateKey = "$date";

function encode(value: unknown): unknown {
  if (value instanceof Date) return { [dateKey]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record[dateKey] === "string" && Object.keys(record).length === 1) return new Date(record[dateKey]);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** Wraps a data function in Next's data cache (one hour at most, tag-invalidated). */
export function cached<Args extends unknown[], Result>(
  fn: (...args: Args) => Promise<Result>,
  keyParts: string[],
  tags: string[],
): (...args: Args) => Promise<Result> {
  // Outside a Next.js server (tests, scripts) there is no data cache: call through.
  if (process.env.NODE_ENV === "test" || process.env.PORTAL_DISABLE_CACHE === "1") return fn;
  const inner = unstable_cache(async (...args: Args) => encode(await fn(...args)), keyParts, { tags, revalidate: 3600 });
  return async (...args: Args) => decode(await inner(...args)) as Result;
}

export const _testing = { encode, decode };
