// The portal's HTTP server: Next.js's documented custom server
// (nextjs.org/docs/app/guides/custom-server), with one request seam in front
// of Next's request handler (lib/http/request-seam.ts). Started, and restarted
// if it ever exits, by the supervisor of `npm start` and `npm run dev`
// (scripts/run.ts), which owns the embedded PostgreSQL. How a request flows
// through it: docs/request-flow.md.
//
//   node .next/portal-server.mjs          (npm start: compiled by npm run build)
//   node --import tsx server.ts --dev     (npm run dev)
//
// Reads its configuration like the rest of the portal (lib/config-schema.ts);
// DATABASE_URL and AUTH_SECRET come from the supervisor.
import http from "node:http";
import next from "next";
import { parseConfig } from "./lib/config-schema";
import { seamCacheBudgetBytes } from "./lib/cache/memory-budget";
import { RenderGate } from "./lib/http/render-gate";
import { createRequestSeam } from "./lib/http/request-seam";
import { ResponseCache } from "./lib/http/response-cache";
import { registerSeamCaches } from "./lib/http/seam-caches";

/** Request bodies beyond this get a 413 (Next's own limit for server actions, next.config.ts). */
const BODY_LIMIT_BYTES = 25 * 1024 * 1024;
/** How long an idle keep-alive connection stays open (longer than the proxies' 60 s). */
const KEEP_ALIVE_MS = 65_000;
/** The seam keeps a response at most this long; purges usually drop it sooner. */
const SEAM_TTL_MS = 5 * 60_000;
/**
 * Public requests without a stored answer that reach Next.js at once (a render
 * of a large page or a search holds tens of MB of heap), how many may wait,
 * and how long: beyond these, 503 with Retry-After.
 */
const RENDERS_AT_ONCE = 4;
const RENDERS_WAITING = 256;
const RENDER_WAIT_MS = 15_000;

async function main() {
  const dev = process.argv.includes("--dev");
  const config = parseConfig(process.env);
  const app = next({ dev, dir: process.cwd(), hostname: config.HOST ?? "localhost", port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Development renders every request anew (Next caches nothing there): no seam cache either.
  let caches: { pages: ResponseCache; search: ResponseCache } | null = null;
  if (!dev) {
    const budget = seamCacheBudgetBytes(config.RESPONSE_CACHE_MB);
    caches = {
      pages: new ResponseCache("pages", { maxBytes: budget.pages, ttlMs: SEAM_TTL_MS }),
      search: new ResponseCache("search", { maxBytes: budget.search, ttlMs: SEAM_TTL_MS }),
    };
    const { pages, search } = caches;
    registerSeamCaches({
      purge: (tags) => pages.purge(tags) + search.purge(tags),
      clear: () => {
        pages.clear();
        search.clear();
      },
      stats: () => [pages.stats(), search.stats()],
    });
  }
  const seam = createRequestSeam({
    port: config.PORT,
    databaseUrl: config.DATABASE_URL,
    publicUrl: config.PUBLIC_URL,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    keySecret: config.AUTH_SECRET ?? "no-secret",
    caches,
    renderGate: new RenderGate(RENDERS_AT_ONCE, RENDERS_WAITING, RENDER_WAIT_MS),
  });

  const server = http.createServer((request, response) => {
    seam(request, response, handle).catch((error) => {
      console.error(`${new Date().toISOString()} request seam: ${request.method} ${request.url} failed:`, error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal Server Error\n");
    });
  });
  // Idle keep-alive connections stay open longer than those of the proxies in
  // front (nginx and Varnish keep theirs 60 s): with Node's 5 s, a proxy or
  // client reusing a connection just as the server closes it gets a reset.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  // Development: hot reloading's websocket.
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  console.log(`${new Date().toISOString()} portal server ${process.pid} listening on port ${config.PORT}`);

  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
