// npm run bench — the public pages under load, end to end, from a fresh clone.
//
// Builds the production app, generates a 100,000-meeting database and a
// 1,000-meeting one (scripts/db/load), starts the app on each, and measures
// every public route with autocannon at 32 connections, against two baselines
// measured in the same run: a page of this app prerendered at build time
// (/en/accessibility) and a plain Node http server answering with the exact
// bytes of the meeting page. Also: a signed-in staff save, the time from a
// staff publish until the public page shows it, and the server's peak memory.
// Prints a table with PASS/FAIL per budget, writes bench-results/*.json and
// the results section of docs/performance.md.
//
// BENCH_MEETINGS (100000), BENCH_SMALL_MEETINGS (1000), BENCH_SECONDS (8),
// BENCH_CONNECTIONS (32), BENCH_SKIP_BUILD=1 (reuse .next).
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openScratchServer } from "../db/local";
import { applyMigrations } from "../db/schema-engine";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedDemoContent } from "../../prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/keys";
import { generateLoad } from "../db/load/generate-load";
import { everywhere } from "../db/load/phrases";
import { measureLoad, type LoadResult } from "./http-load";
import { startApp, startStaticCopy, type RunningApp } from "./servers";
import http from "node:http";
import httpProxy from "http-proxy";
import { freePort, sharedEnv, startInstance, startRedis, startS3, type Instance } from "../instances/cluster";
import { measurePublishToVisible, staffSaveRequests } from "./staff-save";
import {
  evaluateBudgets,
  GROWTH_FLOOR_MS,
  renderMarkdown,
  renderTable,
  updatePerformanceDoc,
  type BenchReport,
  type RouteRow,
} from "./report";
import { buildAnchor, startAnchor } from "./anchor";
import { measureFlood } from "./flood";
import { measureExtractor } from "./extractor";
import { startVarnish, varnishBinary, type RunningVarnish } from "../varnish";

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 100_000);
const SMALL = Number(process.env.BENCH_SMALL_MEETINGS ?? 1_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const FLOOD = Number(process.env.BENCH_FLOOD ?? 5000);
/** What browsers send: every measurement is made without it and with it. */
const GZIP = { "accept-encoding": "gzip, deflate, br" };

type Route = { name: string; path: string; kind: "public" | "search" };

async function loadDatabase(
  server: Awaited<ReturnType<typeof openScratchServer>>["server"],
  name: string,
  meetings: number,
) {
  await server.createDatabase(name);
  const url = server.urlFor(name);
  await applyMigrations(url, path.resolve("prisma/migrations"));
  const prisma = createPrismaClient(url);
  await seedDemoContent(prisma);
  await prisma.$disconnect();
  const report = await generateLoad(url, { meetings });
  console.log(
    `  ${name}: ${meetings.toLocaleString("en")} meetings, ${report.attendees.toLocaleString("en")} attendees, ${report.news.toLocaleString("en")} articles in ${report.seconds.toFixed(1)} s`,
  );
  return url;
}

/**
 * The last page of the public meetings list, as the list itself says ("Page 1
 * of N"); a list whose count is capped (100,000 meetings) names no last page:
 * Infinity.
 */
async function lastMeetingsPage(app: RunningApp): Promise<number> {
  const html = await (await fetch(`${app.base}/en/meetings`)).text();
  const match = /Page 1 of ([\d,]+)/.exec(html);
  return match ? Number(match[1].replace(/,/g, "")) : Infinity;
}

/** The routes to measure, with slugs read from the database they run on. */
async function routesFor(url: string, app: RunningApp): Promise<Route[]> {
  const prisma = createPrismaClient(url);
  try {
    const [big] = await prisma.$queryRawUnsafe<{ slug: string }[]>(
      `SELECT m.slug FROM "Meeting" m JOIN "Attendee" a ON a."meetingId" = m.id
        WHERE m.status = 'PUBLISHED' AND m."publishAt" IS NULL AND m.id LIKE 'loadm%'
          AND EXISTS (SELECT 1 FROM "MeetingTranslation" t WHERE t."meetingId" = m.id AND t.locale = 'en' AND t.status = 'PUBLISHED')
        GROUP BY m.id, m.slug HAVING count(*) = 40 ORDER BY m.slug LIMIT 1`,
    );
    const structure = await prisma.structure
      .findFirstOrThrow({ where: { slug: "rtc-bishkek" }, select: { slug: true } })
      .catch(() =>
        prisma.structure.findFirstOrThrow({ where: { kind: "RTC" }, orderBy: { slug: "asc" }, select: { slug: true } }),
      );
    // Page 2,000 at 100,000 meetings; the same depth (the last page) on the small database.
    const deepPage = Math.min(2000, await lastMeetingsPage(app));
    return [
      { name: "home", path: "/en", kind: "public" },
      { name: "news list", path: "/en/news", kind: "public" },
      { name: "meetings, page 1", path: "/en/meetings", kind: "public" },
      { name: "meetings, page 2,000 (last page at 1,000)", path: `/en/meetings?page=${deepPage}`, kind: "public" },
      { name: "meeting, 40 attendees", path: `/en/meetings/${big.slug}`, kind: "public" },
      { name: "structure", path: `/en/structures/${structure.slug}`, kind: "public" },
      { name: "region", path: "/en/regions/eur", kind: "public" },
      { name: "search: Bishkek", path: "/en/search?q=Bishkek", kind: "search" },
      { name: `search: ${everywhere.en} (every document)`, path: `/en/search?q=${everywhere.en}`, kind: "search" },
      { name: "search (ru): совещание", path: `/ru/search?q=${encodeURIComponent("совещание")}`, kind: "search" },
      { name: "calendar (.ics)", path: "/en/meetings/calendar.ics", kind: "public" },
      { name: "sitemap index", path: "/sitemap.xml", kind: "public" },
    ];
  } finally {
    await prisma.$disconnect();
  }
}

async function warm(app: RunningApp, routes: Route[]) {
  for (const route of routes) {
    for (const headers of [{}, GZIP]) {
      for (let i = 0; i < 3; i += 1) {
        const response = await fetch(app.base + route.path, { headers });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${route.path}: HTTP ${response.status}`);
      }
    }
  }
}

/**
 * A fresh server serves its first seconds of load slower (the JIT has not yet
 * compiled its hot paths): load it for a few unmeasured seconds, so that the
 * first baseline is not the lowest number of the run.
 */
async function warmUnderLoad(base: string, paths: string[]) {
  for (const path of paths)
    await measureLoad({ url: base + path, connections: CONNECTIONS, seconds: Math.min(SECONDS, 3), headers: GZIP });
}

const show = (label: string, result: LoadResult) =>
  console.log(
    `  ${label.padEnd(58)} ${result.rps.toFixed(0).padStart(6)} req/s  p97.5 ${String(result.p97_5).padStart(6)} ms  errors ${result.errors}`,
  );

async function measure(base: string, path: string, label: string, headers: Record<string, string> = {}) {
  const result = await measureLoad({ url: base + path, connections: CONNECTIONS, seconds: SECONDS, headers });
  show(label, result);
  return result;
}

/** Every route, without and with gzip, directly and (when given) through Varnish with gzip. */
async function measureRoutes(app: RunningApp, routes: Route[], varnish?: RunningVarnish): Promise<RouteRow[]> {
  const rows: RouteRow[] = [];
  for (const route of routes) {
    const identity = await measure(app.base, route.path, route.name);
    const gzip = await measure(app.base, route.path, `${route.name} (gzip)`, GZIP);
    const throughVarnish = varnish
      ? await measure(varnish.url, route.path, `${route.name} (Varnish, gzip)`, GZIP)
      : undefined;
    rows.push({ ...route, identity, gzip, varnish: throughVarnish });
  }
  return rows;
}

/** Only the direct gzip numbers (the growth run). */
async function measureGzip(app: RunningApp, routes: Route[]) {
  const results: (LoadResult & { name: string })[] = [];
  for (const route of routes)
    results.push({ name: route.name, ...(await measure(app.base, route.path, `${route.name} (gzip)`, GZIP)) });
  return results;
}

/**
 * BENCH_INSTANCES=2: the public routes through a round-robin balancer
 * (http-proxy) in front of two instances sharing Redis and S3, and the time
 * from a publish on one instance until the other shows it.
 */
async function measureInstances(databaseUrl: string, routes: Route[], staticRps: number) {
  console.log(`== ${INSTANCES} instances behind a balancer (Redis, S3)`);
  const redis = await startRedis(await freePort());
  const s3 = await startS3(await freePort());
  const lbPort = PORT + 10;
  const env = sharedEnv({
    databaseUrl,
    redisUrl: redis.url,
    s3Endpoint: s3.endpoint,
    publicUrl: `http://127.0.0.1:${lbPort}`,
  });
  const nodes: Instance[] = [];
  for (let i = 0; i < INSTANCES; i += 1)
    nodes.push(await startInstance(String.fromCharCode(65 + i), PORT + 20 + i, env));
  // Kept-alive connections to the instances, as a real balancer keeps them
  // (a new TCP connection per request measured the balancer, not the portal).
  const proxy = httpProxy.createProxyServer({
    agent: new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 }),
  });
  let next = 0;
  const balancer = http.createServer((req, res) => proxy.web(req, res, { target: nodes[next++ % nodes.length].base }));
  await new Promise<void>((resolve) => balancer.listen(lbPort, "127.0.0.1", resolve));
  const lb: RunningApp = {
    base: `http://127.0.0.1:${lbPort}`,
    stop: async () => void balancer.close(),
    peakRssMb: async () => 0,
  };
  try {
    await warm(lb, [...routes, ...routes]);
    const measured = await measureGzip(lb, routes);
    const [a, b] = nodes.map((n): RunningApp => ({ base: n.base, stop: n.stop, peakRssMb: async () => 0 }));
    const cookie = await (await import("./html-forms")).signIn(a.base, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const crossInstance = await measurePublishToVisible({ app: a, reader: b, databaseUrl, cookie, runs: 5 });
    console.log(
      `  publish on A → visible on B: median ${crossInstance.median.toFixed(0)} ms, max ${crossInstance.max.toFixed(0)} ms`,
    );
    const combinedRps = measured.reduce((sum, r) => sum + r.rps, 0) / measured.length;
    return {
      count: INSTANCES,
      combinedMeanRps: Math.round(combinedRps),
      ratioToSingleStaticGzip: Number((combinedRps / staticRps).toFixed(2)),
      routes: measured.map((r) => ({ name: r.name, rps: Math.round(r.rps), p97_5: r.p97_5, errors: r.errors })),
      publishToVisibleAcrossInstances: crossInstance,
    };
  } finally {
    await lb.stop();
    for (const node of nodes) await node.stop();
    await redis.stop();
    await s3.stop();
  }
}

async function main() {
  const started = performance.now();
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("== Building the production app");
    const build = spawnSync("npm", ["run", "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  console.log("== The import's extractor on its own set");
  const extractor = measureExtractor();
  console.log(
    `  ${extractor.items} items: slowest ${extractor.slowestMs.toFixed(1)} ms, mean ${extractor.meanMs.toFixed(1)} ms`,
  );
  console.log("== Building the anchor (a stock Next.js app with one static page)");
  buildAnchor();
  console.log("== Generating the databases");
  const scratch = await openScratchServer();
  const apps: { stop(): Promise<void> }[] = [];
  try {
    const largeUrl = await loadDatabase(scratch.server, "bench_large", MEETINGS);
    const smallUrl = await loadDatabase(scratch.server, "bench_small", SMALL);

    console.log(
      `== ${MEETINGS.toLocaleString("en")} meetings: ${CONNECTIONS} connections, ${SECONDS} s per measurement`,
    );
    const anchor = await startAnchor(PORT + 70);
    apps.push(anchor);
    // Varnish in front of the app, purged by it (when varnishd is installed).
    const varnish = varnishBinary()
      ? await startVarnish({ port: PORT + 60, backendPort: PORT, memoryMb: 256 })
      : undefined;
    if (varnish) apps.push(varnish);
    else console.log("  (varnishd is not installed: no measurements through Varnish)");
    const large = await startApp({
      databaseUrl: largeUrl,
      port: PORT,
      env: varnish ? { HTTP_CACHE_PURGE_URLS: varnish.url } : {},
    });
    apps.push(large);
    const routes = await routesFor(largeUrl, large);
    const staticPath = "/en/accessibility";
    await warm(large, [...routes, { name: "static", path: staticPath, kind: "public" }]);
    if (varnish)
      await warm({ ...large, base: varnish.url }, [...routes, { name: "static", path: staticPath, kind: "public" }]);
    const meetingPage = routes.find((r) => r.name.startsWith("meeting,"))!;
    const copy = await startStaticCopy(large.base + meetingPage.path, PORT + 50);
    apps.push(copy);

    await warmUnderLoad(anchor.base, ["/"]);
    await warmUnderLoad(large.base, [staticPath, "/en"]);
    const anchorIdentity = await measure(anchor.base, "/", "stock Next.js page (anchor)");
    const anchorGzip = await measure(anchor.base, "/", "stock Next.js page (anchor, gzip)", GZIP);
    const staticIdentity = await measure(large.base, staticPath, "own static page");
    const staticGzip = await measure(large.base, staticPath, "own static page (gzip)", GZIP);
    const staticVarnish = varnish
      ? await measure(varnish.url, staticPath, "own static page (Varnish, gzip)", GZIP)
      : undefined;
    const plain = await measure(copy.base, "/", "plain Node http, same bytes");
    const measured = await measureRoutes(large, routes, varnish);
    const anchorAfter = await measure(anchor.base, "/", "stock Next.js page again (anchor)");
    await anchor.stop();

    const cookie = await (await import("./html-forms")).signIn(large.base, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const save = await staffSaveRequests({ app: large, databaseUrl: largeUrl, cookie, connections: CONNECTIONS });
    const staffSave: LoadResult & { saved: number } = {
      ...(await measureLoad({
        url: large.base,
        connections: CONNECTIONS,
        seconds: SECONDS,
        method: "POST",
        requests: save.requests,
      })),
      saved: save.saved(),
    };
    show("staff save of a meeting (signed in)", staffSave);
    const publish = await measurePublishToVisible({ app: large, databaseUrl: largeUrl, cookie, runs: 5 });
    console.log(`  publish → visible: median ${publish.median.toFixed(0)} ms, max ${publish.max.toFixed(0)} ms`);
    const publishVarnish = varnish
      ? await measurePublishToVisible({
          app: large,
          reader: { ...large, base: varnish.url },
          databaseUrl: largeUrl,
          cookie,
          runs: 5,
        })
      : undefined;
    if (publishVarnish)
      console.log(
        `  publish → visible through Varnish: median ${publishVarnish.median.toFixed(0)} ms, max ${publishVarnish.max.toFixed(0)} ms`,
      );

    console.log(
      `== Flood: ${FLOOD.toLocaleString("en")} junk view URLs and ${FLOOD.toLocaleString("en")} distinct searches, with legitimate traffic`,
    );
    const legitPaths = routes.filter((r) => r.kind === "public").map((r) => r.path);
    for (const path of legitPaths) await (await fetch(large.base + path, { headers: GZIP })).arrayBuffer();
    const flood = await measureFlood({
      app: large,
      legitPaths,
      junk: FLOOD,
      searches: FLOOD,
      connections: 16,
      headers: GZIP,
    });
    console.log(
      `  ${flood.floodSeconds.toFixed(0)} s; legitimate: ${flood.legitRequests} requests, ${flood.legitErrors} errors, ${(flood.legitHitRatio * 100).toFixed(2)} % hits, p97.5 ${flood.legitP97_5} ms; peak RSS ${flood.peakRssMb} MB; ${flood.crashed ? "CRASHED" : "no crash"}`,
    );
    const peakRssMb = await large.peakRssMb();
    await large.stop();
    await varnish?.stop();
    await copy.stop();

    const instances = INSTANCES > 1 ? await measureInstances(largeUrl, routes, staticGzip.rps) : undefined;

    console.log(`== ${SMALL.toLocaleString("en")} meetings (growth)`);
    const small = await startApp({ databaseUrl: smallUrl, port: PORT + 1 });
    apps.push(small);
    const smallRoutes = await routesFor(smallUrl, small);
    await warm(small, smallRoutes);
    await warmUnderLoad(small.base, [staticPath, "/en"]);
    const smallMeasured = await measureGzip(small, smallRoutes);
    await small.stop();

    const floor = (ms: number) => Math.max(ms, GROWTH_FLOOR_MS);
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
      },
      settings: { meetings: MEETINGS, smallMeetings: SMALL, seconds: SECONDS, connections: CONNECTIONS },
      baselines: {
        anchor: { identity: anchorIdentity, gzip: anchorGzip, after: anchorAfter },
        staticPage: { identity: staticIdentity, gzip: staticGzip, varnish: staticVarnish },
        plainNode: plain,
      },
      routes: measured,
      growth: measured.map((r) => {
        const smallRoute = smallMeasured.find((s) => s.name === r.name);
        return {
          name: r.name,
          p95Large: r.gzip.p95,
          p95Small: smallRoute?.p95 ?? 0,
          ratio: smallRoute ? floor(r.gzip.p95) / floor(smallRoute.p95) : Infinity,
        };
      }),
      staffSave,
      publishToVisible: publish,
      publishToVisibleVarnish: publishVarnish,
      flood,
      peakRssMb: Math.max(peakRssMb, flood.peakRssMb),
      extractor,
      totalSeconds: 0,
      budgets: [],
      ...(instances ? { extra: { instances } } : {}),
    };
    report.budgets = evaluateBudgets(report);
    report.totalSeconds = (performance.now() - started) / 1000;
    console.log(`\n${renderTable(report)}`);
    await mkdir("bench-results", { recursive: true });
    const json = JSON.stringify(report, null, 2);
    await writeFile(path.join("bench-results", `bench-${report.date.replace(/[:.]/g, "-")}.json`), json);
    await writeFile(path.join("bench-results", "latest.json"), json);
    await updatePerformanceDoc("docs/performance.md", renderMarkdown(report));
    console.log("Wrote bench-results/latest.json and docs/performance.md.");
    process.exitCode = report.budgets.every((b) => b.pass) ? 0 : 1;
  } finally {
    for (const app of apps) await app.stop().catch(() => {});
    await scratch.stop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
