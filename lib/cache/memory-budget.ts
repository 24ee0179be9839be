// How much memory the two in-process caches of a serving instance may hold,
// derived from the instance's heap limit (scripts/server-process.ts caps it
// at 320 MB) so that no flood of requests can fill the heap: Next's LRU of
// rendered pages (next.config.ts) and the request seam's cache of responses
// ready to send (server.ts, lib/http/response-cache.ts; its bodies are
// Buffers, outside the heap but inside the process's resident memory).
import v8 from "node:v8";

const heapLimit = () => v8.getHeapStatistics().heap_size_limit;

/** Next's cache: 15 % of the heap limit (its HTML may take two bytes per counted unit). */
export function nextCacheBudgetBytes(): number {
  return Math.floor(heapLimit() * 0.15);
}

/** The seam's caches: pages, and search results in their own partition (an eighth of the pages'). */
export function seamCacheBudgetBytes(configuredMb?: number): { pages: number; search: number } {
  const total = configuredMb !== undefined ? configuredMb * 1024 * 1024 : Math.floor(heapLimit() * 0.2);
  return { pages: Math.floor(total * 0.8), search: Math.floor(total * 0.2) };
}
