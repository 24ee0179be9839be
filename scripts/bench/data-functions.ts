// npm run bench:queries — the public data functions on 100,000 meetings
// (BENCH_DATABASE_URL: an existing load database, e.g. from db:generate-load),
// without HTTP: median and p95 times and SQL queries of each (the cache is not
// involved: data functions always query). For finding which query is slow;
// `npm run bench` measures the pages themselves.
// Run with: tsx --conditions=react-server (so "server-only" imports resolve).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openScratchServer } from "../db/local";
import { applyMigrations } from "../db/schema-engine";
import { createPrismaClient, queryCounter } from "../../lib/db/create-client";
import { seedDemoContent } from "../../prisma/seed";
import { generateLoad } from "../db/load/generate-load";

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function measure(name: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  let queries = 0;
  await run(); // warm up the connection pool and plans
  for (let i = 0; i < RUNS; i += 1) {
    const before = queryCounter.count;
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
    queries = queryCounter.count - before;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
  return { name, median: median.toFixed(1), p95: p95.toFixed(1), queries };
}

/** A scratch database with the demo content and MEETINGS generated meetings, or BENCH_DATABASE_URL as it is. */
async function database() {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const scratch = await openScratchServer();
  await scratch.server.createDatabase("bench");
  const url = scratch.server.urlFor("bench");
  await applyMigrations(url, path.resolve("prisma/migrations"));
  const seedClient = createPrismaClient(url);
  await seedDemoContent(seedClient);
  await seedClient.$disconnect();
  const load = await generateLoad(url, { meetings: MEETINGS });
  console.log(`Generated ${MEETINGS.toLocaleString("en")} meetings in ${load.seconds.toFixed(1)} s.`);
  return { url, stop: () => scratch.stop() };
}

async function main() {
  process.env.PORTAL_COUNT_QUERIES = "1";
  const scratch = await database();
  try {
    process.env.DATABASE_URL = scratch.url;
    console.log(`${RUNS} timed runs per row (ms).`);

    const { listPublishedMeetings } = await import("../../lib/data/meetings/list-published-meetings");
    const { getPublishedMeeting } = await import("../../lib/data/meetings/get-published-meeting");
    const { listHomeMeetings } = await import("../../lib/data/meetings/list-home-meetings");
    const { searchPublicContent } = await import("../../lib/data/search/search-public-content");
    const { listPublishedNews } = await import("../../lib/data/news/list-news");
    const { listCalendarMeetings } = await import("../../lib/data/meetings/list-calendar-meetings");
    const { countSitemapFiles, listSitemapRecords } = await import("../../lib/data/list-sitemap-records");
    const { listMeetingYears } = await import("../../lib/data/meetings/list-published-meetings");
    const { listApiMeetings } = await import("../../lib/data/api/list-api-meetings");
    const { getPublicSeries } = await import("../../lib/data/meetings/get-public-series");
    const { getPublicOrganization } = await import("../../lib/data/organizations/get-public-organization");

    const rows = [
      await measure("home: upcoming + recent meetings", () => listHomeMeetings({ locale: "fr", take: 4 })),
      await measure("meetings list, page 1", () => listPublishedMeetings({ locale: "fr", filters: {}, page: 1 })),
      await measure("meetings list, page 2,000", () =>
        listPublishedMeetings({ locale: "fr", filters: {}, page: 2000 }),
      ),
      await measure("meetings list, region + year", () =>
        listPublishedMeetings({ locale: "es", filters: { region: "EUR", year: 2010 }, page: 1 }),
      ),
      await measure("meetings list, upcoming", () =>
        listPublishedMeetings({ locale: "ar", filters: { when: "upcoming" }, page: 1 }),
      ),
      await measure("news list, page 1", () => listPublishedNews({ locale: "fr", page: 1 })),
      await measure("news list, page 1,000", () => listPublishedNews({ locale: "fr", page: 1000 })),
      await measure("meeting page (Bishkek 2021)", () =>
        getPublishedMeeting({ locale: "ru", slug: "11th-meeting-regional-structures-europe-2021" }),
      ),
      await measure("search 'customs' (every document)", () =>
        searchPublicContent({ locale: "en", query: "customs", page: 1 }),
      ),
      await measure("search 'Bishkek' (en)", () => searchPublicContent({ locale: "en", query: "Bishkek", page: 1 })),
      await measure("search 'Bishkek' (ru: also 'Бишкек')", () =>
        searchPublicContent({ locale: "ru", query: "Bishkek", page: 1 }),
      ),
      await measure("search 'Bishek' (a typo)", () => searchPublicContent({ locale: "en", query: "Bishek", page: 1 })),
      await measure("search 'regional trainig centre' (typo, 3 words)", () =>
        searchPublicContent({ locale: "fr", query: "regional trainig centre", page: 1 }),
      ),
      await measure("search 'zxqvwy' (nothing)", () => searchPublicContent({ locale: "es", query: "zxqvwy", page: 1 })),
      await measure("meetings list: years with meetings", () => listMeetingYears()),
      await measure("API meetings, region + dates", () =>
        listApiMeetings({
          locale: "ru",
          filters: { region: "eur", from: "2021-01-01", to: "2021-12-31" },
          page: 1,
          pageSize: 50,
        }),
      ),
      await measure("API meetings, page 100", () =>
        listApiMeetings({ locale: "en", filters: {}, page: 100, pageSize: 50 }),
      ),
      await measure("series page (Europe)", () =>
        getPublicSeries({ locale: "en", slug: "regional-structures-europe" }),
      ),
      await measure("organization page (WCO Secretariat)", () =>
        getPublicOrganization({ locale: "en", slug: "wco-secretariat" }),
      ),
      await measure("calendar, region EUR", () => listCalendarMeetings({ locale: "en", region: "EUR" })),
      await measure("sitemap index (counts)", () => countSitemapFiles()),
      await measure("sitemap file, meetings 10", () => listSitemapRecords("meetings", 10)),
    ];
    console.log("\n| data function | median ms | p95 ms | SQL queries |\n|---|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.name} | ${r.median} | ${r.p95} | ${r.queries} |`);
  } finally {
    await scratch.stop();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
