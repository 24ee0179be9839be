import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * Refreshes the public pages that show the given tags, at once. In a server
 * action updateTag expires them immediately (read-your-own-writes); elsewhere
 * revalidateTag marks them stale. Outside Next (tests, scripts) there is no
 * cache to refresh.
 */
export function invalidatePublic(tags: string[]) {
  for (const tag of new Set(tags)) {
    try {
      updateTag(tag);
    } catch {
      try {
        revalidateTag(tag, "max");
      } catch {
        // No Next.js request context: nothing is cached.
      }
    }
  }
}
