import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security/headers";
import { nextCacheBudgetBytes } from "./lib/cache/memory-budget";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Rendered public pages live in memory only (an LRU per instance), not
  // written to .next/: a restart or a new database starts from an empty
  // cache, and no URL can fill the disk. cache-handler.mjs keeps not-found
  // answers out of it and, with REDIS_URL (read when the server starts),
  // shares it between instances through Redis.
  cacheHandler: require.resolve("./cache-handler.mjs"),
  // The LRU's budget, from the heap limit of the server it runs in (320 MB:
  // scripts/server-process.ts): Next counts a page's HTML in UTF-16 code
  // units, and a page in Cyrillic or Arabic takes up to two bytes per unit,
  // so 15 % of the heap may hold up to 30 % of it, with room to render.
  cacheMaxMemorySize: nextCacheBudgetBytes(),
  experimental: {
    isrFlushToDisk: false,
    // app/global-not-found.tsx: the 404 of paths outside every language
    // (app/[locale]/layout.tsx is the root layout, owning <html lang dir>).
    globalNotFound: true,
    // Integrity hashes on Next's own script tags: cached public pages carry no
    // nonce (see lib/security/csp.ts).
    sri: { algorithm: "sha256" },
    // forbidden() renders app/[locale]/forbidden.tsx with status 403.
    authInterrupts: true,
    // Uploads go through server actions (default limit 1 MB) and through the
    // proxy, which buffers request bodies (default 10 MB, silently cut beyond).
    // 25 MB lets a file well over UPLOAD_MAX_BYTES (10 MB by default) reach the
    // action, which refuses it with a field error; anything larger is cut off
    // by Next.js itself. Raise both with UPLOAD_MAX_BYTES.
    serverActions: { bodySizeLimit: "25mb" },
    proxyClientMaxBodySize: "25mb",
  },
  // The embedded PostgreSQL and the schema engine are development tooling in
  // scripts/db/, which the app never imports (eslint.config.mjs): only pg here.
  serverExternalPackages: ["pg"],
  async rewrites() {
    // The sitemap index renders on its first request (see app/sitemaps/[file]/route.ts).
    return {
      beforeFiles: [{ source: "/sitemap.xml", destination: "/sitemaps/index.xml" }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: [...securityHeaders] }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
