// The seam's caches, reachable from Next's bundles: server.ts registers them,
// and the invalidation after every change (lib/cache/http-purge.ts) purges
// them by tag. A global symbol, because server.ts and Next's bundles each load
// their own copy of this module. Under a plain `next start` or in tests there
// is none, and nothing needs purging here.
export type SeamCaches = {
  purge(tags: readonly string[]): number;
  /** Drops everything (after a gap in the purges this instance heard). */
  clear(): void;
  stats(): { name: string; entries: number; bytes: number; hits: number; misses: number }[];
};

const key = Symbol.for("regional-structures-portal.seam-caches");
type Global = typeof globalThis & { [key]?: SeamCaches };

export function registerSeamCaches(caches: SeamCaches): void {
  (globalThis as Global)[key] = caches;
}

export function seamCaches(): SeamCaches | null {
  return (globalThis as Global)[key] ?? null;
}
