import { describe, expect, it } from "vitest";
import { nextCacheBudgetBytes, seamCacheBudgetBytes } from "@/lib/cache/memory-budget";
import { SHARED_MAX_AGE, sharedCacheControl, surrogateKeys } from "@/lib/http/shared-cache";
import v8 from "node:v8";

describe("what shared caches are told", () => {
  it("browsers revalidate every time; shared caches keep pages until purged, search briefly, and serve stale on errors", () => {
    expect(sharedCacheControl("page")).toBe(
      `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=30, stale-if-error=86400`,
    );
    expect(sharedCacheControl("search")).toMatch(/s-maxage=600,/);
  });

  it("surrogate keys are opaque, one per tag, in xkey's space-separated form", () => {
    const keys = surrogateKeys(["meeting:cmx1234567890", "meetings"], "secret-secret-secret-secret-secret");
    expect(keys.split(" ")).toHaveLength(2);
    expect(keys).toMatch(/^[\w-]{16} [\w-]{16}$/);
    expect(keys).not.toContain("cmx");
  });
});

describe("the in-process caches' memory", () => {
  it("is a share of the heap limit, with room left to render", () => {
    const heap = v8.getHeapStatistics().heap_size_limit;
    expect(nextCacheBudgetBytes()).toBe(Math.floor(heap * 0.15));
    const seam = seamCacheBudgetBytes();
    expect(seam.pages + seam.search).toBeLessThanOrEqual(heap * 0.2);
    expect(seam.search).toBeLessThan(seam.pages);
    expect(seamCacheBudgetBytes(10)).toEqual({ pages: 8 * 1024 * 1024, search: 2 * 1024 * 1024 });
  });
});
