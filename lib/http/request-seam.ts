// The one place where a request is handled before Next.js sees it, and its
// response after Next.js answers: server.ts calls `seam(req, res, handle)` for
// every request, with Next's own request handler as `handle`. In order:
//
// 1. the TCP peer's address, for the per-IP limits (peer-address.ts);
// 2. what Next.js would answer with a bare 500: an undecodable URL (400), a
//    form posted from another site (403), an unknown method (405), a body
//    over the limit (413); and a view path no URL maps to (404, never cached:
//    view-target.ts) — each with the localized status page;
// 3. page loads and API calls with a query string go to their canonical
//    cached view (view-target.ts; client navigations go through proxy.ts);
// 4. public GETs are answered from the seam's own cache (response-cache.ts),
//    compressed once, when it holds them; otherwise Next.js renders or serves
//    them — one request per page at a time (the others wait for its copy),
//    and only so many at once (render-gate.ts) — and a cacheable answer is
//    stored under the tags of its render (render-tags.ts) before it is sent;
// 5. on the way out: the site's security headers, what shared caches may do
//    with the response (shared-cache.ts), the visitor's locale cookie, and
//    the localized page in place of Next's empty error shells (status-pages.ts).
//
// See docs/request-flow.md.
import type http from "node:http";
import Negotiator from "negotiator";
import { locales } from "@/i18n/routing";
import { localeCookieFor } from "./locale-cookie";
import { markPeerAddress } from "./peer-address";
import { newRenderTagStore, runWithRenderTags, type RenderTagStore } from "./render-tags";
import { prepareResponse, type ResponseCache, type StoredResponse } from "./response-cache";
import { sharedCacheControl, surrogateKeys, SURROGATE_KEY_HEADER } from "./shared-cache";
import {
  applySiteHeaders,
  crossOriginPost,
  decodable,
  replacedStatuses,
  sendStatusPage,
  type SeamOptions,
} from "./status-pages";
import type { RenderGate } from "./render-gate";
import { isJunkView, viewTargetOf } from "./view-target";

export type NextHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

export type RequestSeamOptions = SeamOptions & {
  /** Larger request bodies get a 413 before they reach Next.js (its own limit answers with a 500). */
  bodyLimitBytes: number;
  /** The secret of the surrogate keys (shared-cache.ts). */
  keySecret: string;
  /** The seam's caches; none in development, where Next.js caches nothing either. */
  caches: { pages: ResponseCache; search: ResponseCache } | null;
  /** How many public requests without a stored answer go to Next.js at once (render-gate.ts). */
  renderGate?: RenderGate;
};

/** The header that says where an answer came from: HIT (the seam's cache) or MISS. */
export const CACHE_STATUS_HEADER = "x-portal-cache";

const localeGroup = locales.join("|");
/** Never stored: per-request pages, Next's own assets, uploads and every API but the open data one. */
const uncachedPath = new RegExp(
  `^/(?:(?:${localeGroup})/(?:staff|sign-in|password|alerts)(?:[/?]|$)|api/(?!v1/)|_next/|uploads/)`,
);
const searchPath = new RegExp(`^/(?:${localeGroup})/search/view/`);
/** The status pages, prerendered at build: the seam fetches them itself to answer errors, never behind the gate. */
const statusPath = new RegExp(`^/(?:${localeGroup})/status/\\d{3}$`);
const pageMethods = "GET, HEAD, POST";
const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Headers of Next's answer that are not stored: the seam sends its own, or they belong to one response. */
const notStored =
  /^(?:set-cookie|content-length|content-encoding|transfer-encoding|etag|cache-control|date|connection|keep-alive|x-nextjs-.*|x-powered-by|xkey|x-portal-cache)$/;

type Encoding = "br" | "gzip" | "identity";

function encodingFor(acceptEncoding: string | undefined): Encoding {
  // Brotli first where the visitor accepts both equally (its pages are smaller).
  // (negotiator 1.x takes the preference; its @types describe 0.6.)
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "identity" } }) as unknown as {
    encodings(available: string[], options: { preferred: string[] }): string[];
  };
  const preferred = negotiator.encodings(["br", "gzip", "identity"], { preferred: ["br", "gzip", "identity"] });
  return (preferred[0] as Encoding | undefined) ?? "identity";
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

function withVary(vary: unknown, name: string): string {
  const values = String(vary ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return values.some((v) => v.toLowerCase() === name.toLowerCase()) ? values.join(", ") : [...values, name].join(", ");
}

type Send = Pick<http.ServerResponse, "writeHead" | "end">;
type Context = {
  acceptEncoding: string | undefined;
  localeCookie: string | null;
  kind: "page" | "search";
  label: "HIT" | "MISS";
};

export function createRequestSeam(options: RequestSeamOptions) {
  /** Public responses on their way from Next.js, by cache key (one render serves every request for it). */
  const inflight = new Map<string, Promise<StoredResponse | null>>();

  /** Sends a stored response in the encoding the visitor accepts (304 when they have it). */
  function deliver(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    entry: StoredResponse,
    context: Context,
    send: Send = response,
  ) {
    const encoding = encodingFor(context.acceptEncoding);
    const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.body;
    const etag = `"${entry.etag}${encoding === "br" ? "-br" : encoding === "gzip" ? "-gz" : ""}"`;
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    response.setHeader("Vary", withVary(response.getHeader("vary"), "Accept-Encoding"));
    response.setHeader("Cache-Control", sharedCacheControl(context.kind));
    response.setHeader(SURROGATE_KEY_HEADER, surrogateKeys(entry.tags, options.keySecret));
    response.setHeader("ETag", etag);
    response.setHeader(CACHE_STATUS_HEADER, context.label);
    if (context.localeCookie) response.appendHeader("Set-Cookie", context.localeCookie);
    if (matchesEtag(request.headers["if-none-match"], etag)) {
      send.writeHead.call(response, 304);
      (send.end as () => void).call(response);
      return;
    }
    if (encoding !== "identity") response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", body.length);
    send.writeHead.call(response, entry.status);
    (send.end as (chunk?: Buffer) => void).call(response, request.method === "HEAD" ? undefined : body);
  }

  /**
   * Watches Next's answer: decides, when it first sends anything, whether to
   * store it (then it is buffered and sent from the stored copy), to replace
   * it (an empty error shell) or to let it through with the site's headers.
   */
  function intercept(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    store: RenderTagStore,
    cached: {
      cache: ResponseCache;
      key: string;
      generation: number;
      context: Context;
      /** Hears of the stored copy (or null) once the answer is known: requests for the same key wait for it. */
      settle: (entry: StoredResponse | null) => void;
    } | null,
    localeCookie: string | null,
  ) {
    const { writeHead, write, end, flushHeaders } = response;
    const originals: Send = { writeHead, end };
    const chunks: Buffer[] = [];
    let mode: "pass" | "replace" | "capture" | undefined;

    const decide = () => {
      if (mode) return mode;
      let type = String(response.getHeader("content-type") ?? "");
      // A form posted without JavaScript that Next.js cannot read: its plain 500 is the client's fault.
      if (
        request.method === "POST" &&
        request.headers["next-action"] === undefined &&
        response.statusCode === 500 &&
        type.startsWith("text/plain")
      ) {
        response.statusCode = 400;
        type = "text/html; charset=utf-8";
        response.setHeader("Content-Type", type);
      }
      const cacheControl = String(response.getHeader("cache-control") ?? "");
      // What Next.js keeps in its cache (pages and route handlers it renders
      // once), whatever Cache-Control a route handler chose for browsers.
      const nextCached = response.hasHeader("x-nextjs-cache") || cacheControl.includes("s-maxage");
      const html =
        type.startsWith("text/html") &&
        request.headers.rsc === undefined &&
        request.headers["next-router-prefetch"] === undefined;
      if (
        cached &&
        request.method === "GET" &&
        response.statusCode === 200 &&
        !response.hasHeader("set-cookie") &&
        (cached.context.kind === "search" || nextCached)
      ) {
        mode = "capture";
      } else if (!response.headersSent && html && replacedStatuses.has(response.statusCode)) {
        mode = "replace";
      } else {
        mode = "pass";
        applySiteHeaders(response, options);
        // Not stored here, so no shared cache may keep it either (it has no
        // surrogate keys to be purged by): browsers and caches ask each time.
        if (nextCached && !response.headersSent)
          response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        if (localeCookie && !response.headersSent) response.appendHeader("Set-Cookie", localeCookie);
      }
      return mode;
    };

    const finishCapture = async () => {
      if (!cached) return;
      applySiteHeaders(response, options);
      const headers: [string, string][] = [];
      for (const [name, value] of Object.entries(response.getHeaders())) {
        if (value === undefined || notStored.test(name)) continue;
        headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
      }
      const nextCache = String(response.getHeader("x-nextjs-cache") ?? "");
      const tags = store.tags.size
        ? [...store.tags].sort()
        : nextCache === "HIT" || nextCache === "STALE"
          ? cached.cache.rememberedTags(cached.key)
          : null;
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      const entry = await prepareResponse({
        status: response.statusCode,
        headers,
        body: Buffer.concat(chunks),
        tags,
      });
      // A copy begun before a purge is sent to its own request only.
      cached.settle(cached.cache.set(cached.key, entry, cached.generation) ? entry : null);
      deliver(request, response, entry, cached.context, originals);
    };

    response.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
      // writeHead(status[, message][, headers]): take them in, then decide.
      this.statusCode = status;
      const headers = rest.find((a) => a && typeof a === "object");
      if (Array.isArray(headers))
        for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1] as string);
      else if (headers)
        for (const [key, value] of Object.entries(headers))
          if (value !== undefined) this.setHeader(key, value as string);
      if (decide() !== "pass") return this;
      // The status decide() settled on (a 500 may have become a 400).
      return (writeHead as (s: number) => http.ServerResponse).call(this, this.statusCode);
    } as typeof writeHead;
    response.flushHeaders = function (this: http.ServerResponse) {
      if (decide() === "pass") flushHeaders.call(this);
    };
    response.write = function (this: http.ServerResponse, ...args: unknown[]) {
      const current = decide();
      if (current === "pass") return (write as (...a: unknown[]) => boolean).apply(this, args);
      const [chunk, encoding] = args;
      if (current === "capture" && chunk !== undefined && typeof chunk !== "function")
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : typeof chunk === "string"
              ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
              : Buffer.from(chunk as Uint8Array),
        );
      const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
      callback?.();
      return true;
    } as typeof write;
    response.end = function (this: http.ServerResponse, ...args: unknown[]) {
      const current = decide();
      if (current === "pass") return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
      const [chunk] = args;
      if (current === "capture") {
        if (chunk !== undefined && typeof chunk !== "function")
          chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
        finishCapture().catch((error) => {
          console.error(`${new Date().toISOString()} request seam: could not send a stored response:`, error);
          if (!this.headersSent) sendStatusPage(request, this, 500, options, originals).catch(() => this.destroy());
          else this.destroy();
        });
      } else {
        void sendStatusPage(request, this, this.statusCode, options, originals).catch(() => this.destroy());
      }
      return this;
    } as typeof end;
  }

  return async function seam(request: http.IncomingMessage, response: http.ServerResponse, next: NextHandler) {
    markPeerAddress(request);
    const url = request.url ?? "/";
    const method = request.method ?? "GET";
    if (!decodable(url)) return sendStatusPage(request, response, 400, options);
    if (!knownMethods.has(method) || (!url.startsWith("/api/") && !/^(?:GET|HEAD|POST)$/.test(method)))
      return sendStatusPage(request, response, 405, options, response, {
        Allow: url.startsWith("/api/") ? "GET, HEAD, POST, OPTIONS" : pageMethods,
      });
    if (crossOriginPost(request)) return sendStatusPage(request, response, 403, options);
    if (Number(request.headers["content-length"] ?? 0) > options.bodyLimitBytes)
      return sendStatusPage(request, response, 413, options, response, { Connection: "close" });
    if (isJunkView(url.split("?")[0])) return sendStatusPage(request, response, 404, options);

    const localeCookie = localeCookieFor(request);
    const target = viewTargetOf(request);
    if (target) request.url = target;

    const key = request.url ?? "/";
    const cacheable =
      options.caches &&
      (method === "GET" || method === "HEAD") &&
      request.headers.rsc === undefined &&
      request.headers["next-router-prefetch"] === undefined &&
      !key.includes("_rsc=") &&
      !uncachedPath.test(key);
    let cached: Parameters<typeof intercept>[3] = null;
    if (cacheable && options.caches) {
      const kind = searchPath.test(key) ? "search" : "page";
      const cache = kind === "search" ? options.caches.search : options.caches.pages;
      const context: Context = { acceptEncoding: request.headers["accept-encoding"], localeCookie, kind, label: "HIT" };
      const hit = cache.get(key);
      if (hit) return deliver(request, response, hit, context);
      // The same page on its way from Next.js for another request: wait for its copy.
      const coming = inflight.get(key);
      if (coming) {
        const entry = await coming;
        if (entry) return deliver(request, response, entry, context);
      }
      const release = options.renderGate && !statusPath.test(key) ? await options.renderGate.acquire() : () => {};
      if (!release) return sendStatusPage(request, response, 503, options, response, { "Retry-After": "5" });
      response.once("close", release);
      let settle: (entry: StoredResponse | null) => void = () => {};
      const promise = new Promise<StoredResponse | null>((resolve) => (settle = resolve));
      inflight.set(key, promise);
      response.once("close", () => {
        settle(null);
        if (inflight.get(key) === promise) inflight.delete(key);
      });
      // Next.js answers in full and uncompressed; the stored copy is compressed
      // once, and its own validator answers If-None-Match.
      delete request.headers["accept-encoding"];
      delete request.headers["if-none-match"];
      cached = { cache, key, generation: cache.generation, context: { ...context, label: "MISS" }, settle };
    }
    const store = newRenderTagStore();
    intercept(request, response, store, cached, localeCookie);
    await runWithRenderTags(store, () => next(request, response));
  };
}
