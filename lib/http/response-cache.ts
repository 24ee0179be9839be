// The request seam's own cache of public responses (lib/http/request-seam.ts):
// what Next.js would answer from its cache, kept here ready to send, in each
// encoding browsers ask for. Next.js compresses every response again on every
// request, which costs more than serving the page; here a page is compressed
// once, when it is stored.
//
// - Bounded: an LRU (lru-cache) with a byte budget over the bodies and their
//   compressed copies, and a time to live, so nothing a client sends can
//   grow it without bound. Each cache is one partition: free-text search has
//   its own, so a flood of distinct queries cannot evict the pages.
// - Tagged: an entry carries the cache tags of its render (lib/http/render-tags.ts);
//   purge(tags) drops every entry that shows one of them, the same tags Next.js
//   invalidates (lib/cache/invalidate.ts). An entry whose tags are unknown
//   (Next.js answered from its cache a page this seam never saw rendered) is
//   dropped by every purge: coarser, never stale.
// - Races: a response that was being rendered while a purge ran may hold what
//   the purge removed; it is served to its own request but not stored.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type StoredResponse = {
  status: number;
  /** Headers to send with every copy (no length, encoding, validator or cookie). */
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** A strong validator of the body (the compressed copies add a suffix). */
  etag: string;
  /** The tags of its render; null when unknown. */
  tags: string[] | null;
  storedAt: number;
};

type Options = { maxBytes: number; ttlMs: number; maxEntries?: number };

/** A response made ready to store and send: compressed once, with its validator. */
export async function prepareResponse(input: {
  status: number;
  headers: [string, string][];
  body: Buffer;
  tags: string[] | null;
}): Promise<StoredResponse> {
  const [gz, br] = await Promise.all([
    gzip(input.body, { level: 6 }),
    brotli(input.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  ]);
  const etag = createHash("sha256").update(input.body).digest("base64url").slice(0, 22);
  return { ...input, gzip: gz, br, etag, storedAt: Date.now() };
}

const sizeOf = (entry: StoredResponse, key: string) =>
  entry.body.length + entry.gzip.length + entry.br.length + key.length * 2 + 512;

export class ResponseCache {
  private readonly lru: LRUCache<string, StoredResponse>;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly untagged = new Set<string>();
  /** The tags of each key's last render, for the answers Next.js gives from its own cache. */
  private readonly lastTags: LRUCache<string, string[]>;
  private purges = 0;
  readonly counts = { hits: 0, misses: 0, stored: 0, purged: 0 };

  constructor(
    readonly name: string,
    readonly options: Options,
  ) {
    this.lru = new LRUCache<string, StoredResponse>({
      maxSize: options.maxBytes,
      max: options.maxEntries ?? 20_000,
      ttl: options.ttlMs,
      sizeCalculation: sizeOf,
      dispose: (entry, key) => this.unindex(key, entry),
    });
    this.lastTags = new LRUCache<string, string[]>({ max: (options.maxEntries ?? 20_000) * 2 });
  }

  /** A number that changes with every purge: a response begun before a purge is not stored after it. */
  get generation(): number {
    return this.purges;
  }

  get(key: string): StoredResponse | undefined {
    const entry = this.lru.get(key);
    if (entry) this.counts.hits += 1;
    else this.counts.misses += 1;
    return entry;
  }

  /** The tags of the key's last render (for a response Next.js served from its own cache). */
  rememberedTags(key: string): string[] | null {
    return this.lastTags.get(key) ?? null;
  }

  /** Stores an entry unless a purge ran since `generation` was read, or it is too large; true when stored. */
  set(key: string, entry: StoredResponse, generation: number): boolean {
    if (generation !== this.purges) return false;
    if (sizeOf(entry, key) > this.options.maxBytes / 8) return false;
    if (entry.tags) this.lastTags.set(key, entry.tags);
    this.lru.set(key, entry);
    if (!this.lru.has(key)) return false;
    if (entry.tags) {
      for (const tag of entry.tags) {
        let keys = this.byTag.get(tag);
        if (!keys) this.byTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
    } else {
      this.untagged.add(key);
    }
    this.counts.stored += 1;
    return true;
  }

  /** Drops every entry that shows one of the tags, and every entry whose tags are unknown. */
  purge(tags: Iterable<string>): number {
    this.purges += 1;
    const keys = new Set(this.untagged);
    for (const tag of tags) for (const key of this.byTag.get(tag) ?? []) keys.add(key);
    for (const key of keys) this.lru.delete(key);
    this.counts.purged += keys.size;
    return keys.size;
  }

  clear(): void {
    this.purges += 1;
    this.lru.clear();
  }

  stats() {
    return { name: this.name, entries: this.lru.size, bytes: this.lru.calculatedSize, ...this.counts };
  }

  private unindex(key: string, entry: StoredResponse) {
    this.untagged.delete(key);
    for (const tag of entry.tags ?? []) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (!keys.size) this.byTag.delete(tag);
    }
  }
}
