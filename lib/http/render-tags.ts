// The cache tags of the page being rendered, handed from the render to the
// request seam (lib/http/request-seam.ts) that runs it: the seam stores the
// response under these tags and names them to shared HTTP caches (xkey), so a
// publish purges exactly the pages that show the record.
//
// Next.js keeps a page's tags inside its own cache entry and sends them only
// in its platform mode; so the data functions, which know what they read
// (lib/cache/tags.ts, tagRender), also note the tags here. The store is an
// AsyncLocalStorage that the seam enters for each request: Next.js renders
// within the async context of the request handler the seam calls. The seam is
// loaded outside Next's bundles and the data functions inside them, so both
// reach the one instance through a global symbol.
import { AsyncLocalStorage } from "node:async_hooks";

export type RenderTagStore = { tags: Set<string> };

const storageKey = Symbol.for("regional-structures-portal.render-tags");
type Global = typeof globalThis & { [storageKey]?: AsyncLocalStorage<RenderTagStore> };

function storage(): AsyncLocalStorage<RenderTagStore> {
  const global = globalThis as Global;
  global[storageKey] ??= new AsyncLocalStorage<RenderTagStore>();
  return global[storageKey];
}

/** A store for one request's tags. */
export function newRenderTagStore(): RenderTagStore {
  return { tags: new Set() };
}

/** Runs `fn` (the request's handling) with `store` as the store its renders note their tags in. */
export function runWithRenderTags<T>(store: RenderTagStore, fn: () => T): T {
  return storage().run(store, fn);
}

/** Notes tags on the request being handled; outside the seam (tests, scripts, build) nothing happens. */
export function noteRenderTags(tags: Iterable<string>): void {
  const store = storage().getStore();
  if (!store) return;
  for (const tag of tags) store.tags.add(tag);
}
