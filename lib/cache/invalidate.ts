import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * Refreshes the public pages that show the given tags, at once: their next
 * request renders them again (no stale copy is served). In a server action
 * updateTag also lets the acting user read their own write; elsewhere (route
 * handlers, the publication sweep) revalidateTag with `expire: 0` does the
 * same for everyone. Outside Next (tests, scripts) nothing is cached.
 */
export function invalidatePublic(tags: Iterable<string>) {
  for (const tag of new Set(tags)) {
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
}
