import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestSeam, type NextHandler } from "@/lib/http/request-seam";
import { noteRenderTags } from "@/lib/http/render-tags";
import { RenderGate } from "@/lib/http/render-gate";
import { ResponseCache } from "@/lib/http/response-cache";
import { surrogateKey, surrogateKeys } from "@/lib/http/shared-cache";
import { strictTransportSecurity } from "@/lib/security/headers";
import { viewRewrite } from "@/lib/validation/list-views";

// The request seam (lib/http/request-seam.ts) in front of a stand-in for
// Next.js: an app that answers like Next.js 16 does (cached pages with
// s-maxage, an empty error shell with the status, the localized status pages
// the seam serves instead), on a real HTTP server as server.ts runs it.

const errorShell = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';
const secret = "seam-test-secret-seam-test-secret-0000";
const closedPort = 9; // discard: nothing listens, so the database is "unreachable"

/** What the stand-in rendered, by URL: how many times, and what it saw. */
const renders = new Map<string, number>();
const seenHeaders = new Map<string, http.IncomingHttpHeaders>();
let version = 1;
/** A render that waits for the test to let it finish. */
const gates = new Map<string, Promise<void>>();

const fakeNext: NextHandler = async (req, res) => {
  const url = req.url ?? "/";
  renders.set(url, (renders.get(url) ?? 0) + 1);
  seenHeaders.set(url, { ...req.headers });
  const status = /^\/(\w\w)\/status\/(\d{3})$/.exec(url);
  if (status) {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<html lang="${status[1]}" dir="${status[1] === "ar" ? "rtl" : "ltr"}"><body><h1>${status[1]} ${status[2]}</h1><script>self.__next_f=1</script></body></html>`,
    );
    return;
  }
  if (req.method === "POST" && url === "/en/sign-in") {
    // Next.js 16 on a form body it cannot parse: a plain 500 written by end() alone.
    res.statusCode = 500;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end("Internal Server Error");
    return;
  }
  if (url.startsWith("/en/cookie-page")) {
    res.setHeader("Set-Cookie", "other=1; Path=/");
    res.setHeader("Cache-Control", "s-maxage=3600, stale-while-revalidate=31532400");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end("<html><body>with a cookie</body></html>");
    return;
  }
  const search = /^\/(\w\w)\/search\/view\//.test(url);
  const code = Number(/status=(\d{3})/.exec(url)?.[1] ?? 200);
  // A render reads records and notes their tags, as the data functions do.
  const tag = /tag=([\w:]+)/.exec(url)?.[1];
  if (tag) noteRenderTags([tag, "meetings"]);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await gates.get(url);
  res.statusCode = code;
  if (code === 200)
    res.setHeader(
      "Cache-Control",
      search
        ? "private, no-cache, no-store, max-age=0, must-revalidate"
        : "s-maxage=3600, stale-while-revalidate=31532400",
    );
  res.setHeader("Content-Type", req.headers.rsc ? "text/x-component" : "text/html; charset=utf-8");
  res.setHeader("x-nextjs-cache", "MISS");
  res.flushHeaders();
  res.write(code === 200 ? `<html><body>ok ${url} v${version} ${"é".repeat(2000)}` : errorShell);
  res.end(code === 200 ? "</body></html>" : undefined);
};

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/** A server as server.ts makes it: the seam in front of the stand-in. */
async function seamServer(caches: { pages: ResponseCache; search: ResponseCache } | null, renderGate?: RenderGate) {
  let port = 0;
  const options = { port: 0, databaseUrl: `postgresql://u:p@127.0.0.1:${closedPort}/db` };
  const server = http.createServer((req, res) => {
    void seam(req, res, fakeNext);
  });
  const seam = createRequestSeam({
    get port() {
      return port;
    },
    databaseUrl: options.databaseUrl,
    publicUrl: "https://portal.example.org",
    bodyLimitBytes: 1024,
    keySecret: secret,
    caches,
    renderGate,
  });
  port = await listen(server);
  return { server, url: `http://127.0.0.1:${port}` };
}

let plain: Awaited<ReturnType<typeof seamServer>>;
let cached: Awaited<ReturnType<typeof seamServer>>;
let gated: Awaited<ReturnType<typeof seamServer>>;
const pages = new ResponseCache("pages", { maxBytes: 4 * 1024 * 1024, ttlMs: 60_000 });
const search = new ResponseCache("search", { maxBytes: 256 * 1024, ttlMs: 60_000 });

beforeAll(async () => {
  plain = await seamServer(null);
  cached = await seamServer({ pages, search });
  gated = await seamServer(
    {
      pages: new ResponseCache("pages", { maxBytes: 1024 * 1024, ttlMs: 60_000 }),
      search: new ResponseCache("search", { maxBytes: 256 * 1024, ttlMs: 60_000 }),
    },
    new RenderGate(1, 1, 2_000),
  );
});

afterAll(async () => {
  for (const { server } of [plain, cached, gated]) await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("error pages in front of Next.js", () => {
  it("replace an empty error shell with the page of the request's language, keeping the status", async () => {
    const response = await fetch(`${plain.url}/ar/meetings/x?status=404`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("ar 404");
    expect(html).not.toContain("__next_error__");
    expect(html).not.toContain("<script");
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(html)));
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("make a 500 a 503 with Retry-After while the database cannot be reached", async () => {
    const response = await fetch(`${plain.url}/fr/meetings?status=500`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toContain("fr 503");
  });

  it("answer an undecodable path with 400, and a form posted from another site with 403", async () => {
    const bad = await fetch(`${plain.url}/en/%ZZ`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("en 400");
    const crossSite = await fetch(`${plain.url}/en/sign-in`, {
      method: "POST",
      headers: {
        Origin: "https://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
        "Next-Action": "x",
      },
      body: "a=b",
    });
    expect(crossSite.status).toBe(403);
  });

  it("let a mail provider's one-click unsubscribe (RFC 8058) through from its own origin, and no other form", async () => {
    const post = (path: string) =>
      fetch(`${plain.url}${path}`, {
        method: "POST",
        headers: { Origin: "https://mail.example.net", "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
    expect((await post("/api/alerts/unsubscribe?token=x")).status).not.toBe(403);
    expect((await post("/api/alerts/subscribe")).status).toBe(403);
    expect((await post("/api/alerts/unsubscribe/other")).status).toBe(403);
  });

  it("answer a form Next.js cannot read with the 400 page, not a 500", async () => {
    const response = await fetch(`${plain.url}/en/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=xx" },
      body: "garbage",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("en 400");
  });

  it("answer TRACE and unknown methods with 405 and Allow, and a body over the limit with 413", async () => {
    for (const [method, path] of [
      ["TRACE", "/api/health"],
      ["TRACE", "/api/v1/meetings"],
      ["TRACE", "/en/staff"],
      ["PROPFIND", "/en"],
      ["PUT", "/ru/meetings"],
      ["DELETE", "/en"],
    ]) {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.request(`${plain.url}${path}`, { method }, resolve).on("error", reject).end(),
      );
      response.resume();
      expect(response.statusCode, `${method} ${path}`).toBe(405);
      expect(response.headers.allow, `${method} ${path}`).toMatch(/^GET, HEAD, POST/);
    }
    const big = await fetch(`${plain.url}/ru/staff/meetings/x/documents`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=xx" },
      body: "x".repeat(2048),
    });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("ru 413");
    expect(renders.has("/ru/staff/meetings/x/documents")).toBe(false);
  });

  it("put the security headers on every response, and HSTS when the portal is on https", async () => {
    for (const path of ["/en?status=200", "/en/%ZZ", "/en/x?status=404"]) {
      for (const base of [plain.url, cached.url]) {
        const response = await fetch(base + path);
        expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(response.headers.get("x-frame-options"), path).toBe("DENY");
        expect(response.headers.get("content-security-policy"), path).toContain("object-src 'none'");
        expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
      }
    }
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });

  it("without a cache (development), leave pages alone and have downstream caches revalidate", async () => {
    const ok = await fetch(`${plain.url}/en/p?status=200`);
    expect(await ok.text()).toContain("ok /en/p?status=200");
    expect(ok.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(ok.headers.get("xkey")).toBeNull();
    const rsc = await fetch(`${plain.url}/en/x?status=404`, { headers: { rsc: "1" } });
    expect(rsc.status).toBe(404);
    expect(await rsc.text()).toBe(errorShell);
  });
});

describe("views that no URL maps to", () => {
  it("are a 404 before Next.js, never stored, in every list and the API", async () => {
    const junk = [
      "/en/meetings/view/" + "A".repeat(300),
      "/fr/news/view/not-base64!",
      "/ru/structures/view/" + Buffer.from("kind=rtc&junk=1").toString("base64url"),
      "/ar/search/view/" + Buffer.from("page=2&q=x").toString("base64url"),
      "/en/meetings/calendar/view/" + Buffer.from("region=zz").toString("base64url"),
      "/en/meetings/view/",
      "/api/v1/view/" + Buffer.from("meetings?junk=1").toString("base64url"),
      "/api/v1/view/a/b",
    ];
    for (const path of junk) {
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(cached.url + path);
        expect(response.status, path).toBe(404);
        expect(response.headers.get("cache-control"), path).toContain("no-store");
        expect(response.headers.get("x-portal-cache"), path).toBeNull();
        await response.arrayBuffer();
      }
      expect(renders.has(path), path).toBe(false);
    }
  });

  it("while the canonical view of a list query is served and stored", async () => {
    const view = viewRewrite("/en/meetings", new URLSearchParams("region=eur&page=2"));
    const response = await fetch(`${cached.url}/en/meetings?page=2&region=EUR&utm_source=x`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`ok ${view}`);
    expect(response.headers.get("x-portal-cache")).toBe("MISS");
    const again = await fetch(`${cached.url}${view}`);
    expect(again.headers.get("x-portal-cache")).toBe("HIT");
    await again.arrayBuffer();
  });
});

describe("the seam's cache of public responses", () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
      http
        .get(`${cached.url}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject),
    );

  it("stores a cached page once and sends it compressed as each browser asks, with its surrogate keys", async () => {
    const path = "/en/meetings/eleventh?tag=meeting:m1";
    const first = await get(path, { "accept-encoding": "gzip, deflate, br" });
    expect(first.headers["x-portal-cache"]).toBe("MISS");
    expect(first.headers["content-encoding"]).toBe("br");
    const html = zlib.brotliDecompressSync(first.body).toString();
    expect(html).toContain("ok /en/meetings/eleventh?tag=meeting:m1 v1");
    // Next.js was asked for the page uncompressed, once.
    expect(seenHeaders.get(path)?.["accept-encoding"]).toBeUndefined();
    const gz = await get(path, { "accept-encoding": "gzip" });
    expect(gz.headers["x-portal-cache"]).toBe("HIT");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(html);
    const identity = await get(path);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.toString()).toBe(html);
    expect(identity.headers["content-length"]).toBe(String(identity.body.length));
    expect(renders.get(path)).toBe(1);
    // For shared caches: kept until purged, served stale while the portal is down; browsers revalidate.
    expect(gz.headers["cache-control"]).toBe(
      "public, max-age=0, s-maxage=3600, stale-while-revalidate=30, stale-if-error=86400",
    );
    expect(gz.headers.vary).toContain("Accept-Encoding");
    expect(gz.headers.xkey).toBe(surrogateKeys(["meeting:m1", "meetings"], secret));
    expect(gz.headers.xkey).not.toContain("m1");
    expect(gz.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers If-None-Match with 304 per encoding", async () => {
    const path = "/en/etag-page?tag=meeting:e1";
    const first = await get(path, { "accept-encoding": "gzip" });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+-gz"$/);
    const again = await get(path, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await get(path, { "if-none-match": etag });
    expect(other.status).toBe(200);
  });

  it("drops exactly the pages of a purged tag, and pages whose tags it does not know", async () => {
    const shown = "/en/meetings/shown?tag=meeting:p1";
    const other = "/en/meetings/other?tag=meeting:p2";
    await get(shown);
    await get(other);
    expect((await get(shown)).headers["x-portal-cache"]).toBe("HIT");
    pages.purge(["meeting:p1"]);
    version += 1;
    const after = await get(shown);
    expect(after.headers["x-portal-cache"]).toBe("MISS");
    expect(after.body.toString()).toContain(`v${version}`);
    expect((await get(other)).headers["x-portal-cache"]).toBe("HIT");
    pages.purge(["meetings"]);
    expect((await get(other)).headers["x-portal-cache"]).toBe("MISS");
  });

  it("never stores a response that sets a cookie, and sets the visitor's locale cookie on a stored page", async () => {
    await get("/en/cookie-page");
    const again = await get("/en/cookie-page");
    expect(again.headers["x-portal-cache"]).toBeUndefined();
    expect(again.headers["set-cookie"]).toEqual(["other=1; Path=/"]);
    const french = await get("/fr/page?tag=meeting:c1", { "accept-language": "en" });
    expect(french.headers["set-cookie"]?.[0]).toMatch(/^NEXT_LOCALE=fr;/);
    const stored = await get("/fr/page?tag=meeting:c1", { cookie: "NEXT_LOCALE=fr" });
    expect(stored.headers["x-portal-cache"]).toBe("HIT");
    expect(stored.headers["set-cookie"]).toBeUndefined();
    // A shared cache's fetch gets no cookie: it would make the page uncacheable there.
    const forCache = await get("/fr/page?tag=meeting:c1", { "x-portal-shared-cache": "1" });
    expect(forCache.headers["set-cookie"]).toBeUndefined();
  });

  it("leaves client navigations, staff pages and form posts to Next.js every time", async () => {
    for (const [path, headers] of [
      ["/en/nav?tag=meeting:n1", { rsc: "1" }],
      ["/en/staff/meetings?tag=meeting:n2", {}],
      ["/en/sign-in?tag=meeting:n3", {}],
    ] as const) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.headers["x-portal-cache"], path).toBeUndefined();
      expect(again.headers.xkey, path).toBeUndefined();
      expect(renders.get(path), path).toBe(2);
    }
  });

  it("keeps search results in their own partition, so a flood of queries cannot evict the pages", async () => {
    const page = "/en/flood-page?tag=meeting:f1";
    await get(page);
    const searchView = (q: string) => viewRewrite("/en/search", new URLSearchParams({ q }))!;
    for (let i = 0; i < 200; i += 1) {
      const response = await get(searchView(`query${i}`));
      expect(response.status).toBe(200);
    }
    expect(search.stats().bytes).toBeLessThanOrEqual(256 * 1024);
    expect(search.stats().entries).toBeLessThan(200);
    expect((await get(page)).headers["x-portal-cache"]).toBe("HIT");
    const last = await get(searchView("query199"));
    expect(last.headers["x-portal-cache"]).toBe("HIT");
    expect(last.headers["cache-control"]).toContain("s-maxage=600");
  });

  it("does not store a page rendered before a purge that ran meanwhile", async () => {
    const path = "/en/race?tag=meeting:r1";
    let release = () => {};
    gates.set(path, new Promise<void>((resolve) => (release = resolve)));
    const pending = get(path);
    // The render has begun (with what the record was); a change is purged meanwhile.
    await expect.poll(() => renders.get(path)).toBe(1);
    pages.purge(["meeting:r1"]);
    release();
    gates.delete(path);
    expect((await pending).headers["x-portal-cache"]).toBe("MISS");
    expect((await get(path)).headers["x-portal-cache"]).toBe("MISS");
    expect((await get(path)).headers["x-portal-cache"]).toBe("HIT");
  });

  it("names the same surrogate key for a tag on every instance that shares the secret", () => {
    expect(surrogateKey("meeting:abc", secret)).toBe(surrogateKey("meeting:abc", secret));
    expect(surrogateKey("meeting:abc", secret)).not.toBe(surrogateKey("meeting:abc", "another secret"));
    expect(surrogateKeys(null, secret)).toBe(surrogateKey("*", secret));
  });
});

describe("requests that reach Next.js", () => {
  const status = (url: string) =>
    new Promise<{ status: number; cache?: string; retryAfter?: string }>((resolve, reject) =>
      http
        .get(url, (res) => {
          res.resume();
          res.on("end", () =>
            resolve({
              status: res.statusCode!,
              cache: res.headers["x-portal-cache"] as string | undefined,
              retryAfter: res.headers["retry-after"] as string | undefined,
            }),
          );
        })
        .on("error", reject),
    );

  it("one render serves every request for the same page that arrives meanwhile", async () => {
    const path = "/en/crowd?tag=meeting:crowd";
    let release = () => {};
    gates.set(path, new Promise<void>((resolve) => (release = resolve)));
    const answers = Array.from({ length: 8 }, () => status(cached.url + path));
    await expect.poll(() => renders.get(path)).toBe(1);
    release();
    gates.delete(path);
    const all = await Promise.all(answers);
    expect(all.every((a) => a.status === 200)).toBe(true);
    expect(all.filter((a) => a.cache === "MISS")).toHaveLength(1);
    expect(renders.get(path)).toBe(1);
  });

  it("go one at a time up to the gate's limit; beyond the line, a 503 with Retry-After, and nothing piles up", async () => {
    const slow = ["/en/slow-1?tag=meeting:s1", "/en/slow-2?tag=meeting:s2", "/en/slow-3?tag=meeting:s3"];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    for (const path of slow) gates.set(path, gate);
    const first = status(gated.url + slow[0]);
    await expect.poll(() => renders.get(slow[0])).toBe(1);
    const second = status(gated.url + slow[1]); // waits in line
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = await status(gated.url + slow[2]); // the line is full
    expect(third.status).toBe(503);
    expect(third.retryAfter).toBe("5");
    expect(renders.get(slow[1])).toBeUndefined();
    release();
    for (const path of slow) gates.delete(path);
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(renders.get(slow[1])).toBe(1);
    expect(renders.get(slow[2])).toBeUndefined();
  });
});
