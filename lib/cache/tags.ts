import "server-only";
import { unstable_cache } from "next/cache";
import { noteRenderTags } from "@/lib/http/render-tags";

// Cache tags of the public pages. A page carries the tag of every record it
// shows (`meeting:<id>`, `structure:<id>`, …) and the collection tag of every
// list it shows (`meetings`, `news`, …). A change invalidates the changed
// record's tag, and its collection's tag when lists may change too
// (lib/cache/invalidate.ts), so exactly the pages that show it are rendered
// again on their next request.
export const cacheTags = {
  meetings: "meetings",
  meeting: (id: string) => `meeting:${id}`,
  news: "news",
  newsArticle: (id: string) => `news:${id}`,
  structures: "structures",
  structure: (id: string) => `structure:${id}`,
  organization: (id: string) => `organization:${id}`,
  regions: "regions",
  /** City names in other languages (CityName): every page that names a place. */
  places: "places",
  /** Meeting series: their names and the series pages. */
  series: "series",
  seriesRecord: (id: string) => `series:${id}`,
  /** Organizations (partners, administrations): the organization pages. */
  organizations: "organizations",
  plans: "plans",
  /** The register of decisions (and anything else that shows decisions' follow-up): a hook for decision changes. */
  decisions: "decisions",
  plan: (id: string) => `plan:${id}`,
} as const;

/** Next.js keeps at most 128 tags per cache entry; beyond this many, a page falls back to collection tags. */
const MAX_RECORD_TAGS = 100;

const collectionOf: [prefix: string, collection: string][] = [
  ["meeting:", cacheTags.meetings],
  ["news:", cacheTags.news],
  ["structure:", cacheTags.structures],
  ["organization:", cacheTags.meetings],
  ["series:", cacheTags.series],
  ["plan:", cacheTags.plans],
];

/** The tags to store, deduplicated; too many record tags become their collections' tags (coarser, never wrong). */
export function normalizeTags(tags: Iterable<string>): string[] {
  const unique = [...new Set(tags)].sort();
  if (unique.length <= MAX_RECORD_TAGS) return unique;
  return [...new Set(unique.map((tag) => collectionOf.find(([prefix]) => tag.startsWith(prefix))?.[1] ?? tag))].sort();
}

/**
 * Adds tags to the page or route being rendered: the one way data functions
 * tag what they read, inside the function, with fixed tags or with those of
 * the records it found (unstable_cache's tags are fixed before the call, but
 * a page's records are known only after it). A tiny marker entry carries the tags; Next.js collects
 * the tags of every unstable_cache call into the rendered page's cache entry.
 * The request seam's store hears of them too. Outside a Next.js render
 * (tests, scripts) there is nothing to tag.
 */
export async function tagRender(tags: Iterable<string>): Promise<void> {
  const list = normalizeTags(tags);
  if (!list.length) return;
  // For the request seam, which stores the response under them (lib/http/render-tags.ts).
  noteRenderTags(list);
  try {
    await unstable_cache(async () => true, ["render-tags", ...list], { tags: list })();
  } catch (error) {
    if (!(error instanceof Error && /incrementalCache missing|static generation store missing/.test(error.message)))
      throw error;
  }
}
