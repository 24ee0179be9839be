import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { purgeHttpCaches } from "./http-purge";

/**
 * Refreshes the public pages that show the given tags, at once: their next
 * request renders them again (no stale copy is served). In a server action
 * updateTag also lets the acting user read their own write; elsewhere (route
 * handlers, the publication sweep) revalidateTag with `expire: 0` does the
 * same for everyone. Outside Next (tests, scripts) nothing is cached. The
 * HTTP caches in front of Next (the request seam's, Varnish) are purged by the
 * same tags (lib/cache/http-purge.ts).
 */
export function invalidatePublic(tags: Iterable<string>) {
  const unique = [...new Set(tags)];
  for (const tag of unique) {
    try {
      updateTag(tag);
    } catch {
      try {
        revalidateTag(tag, { expire: 0 });
      } catch {
        // No Next.js request context: nothing is cached.
      }
    }
  }
  purgeHttpCaches(unique);
}
