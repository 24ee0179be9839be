// npm run bench — how the public data functions behave with 100,000 meetings.
// Builds a throwaway embedded database (migrations + demo content + 100,000
// generated published meetings with English and French texts), then times the
// data functions behind each public page type and counts their SQL queries.
// Run with: tsx --conditions=react-server (so "server-only" imports resolve).
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openScratchServer } from "../../lib/db/local";
import { applyMigrations } from "../../lib/db/schema-engine";
import { createPrismaClient, queryCounter } from "../../lib/db/create-client";
import { seedDemoContent } from "../../prisma/seed";

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function generate(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  await client.query(`
    INSERT INTO "Meeting" (id, slug, kind, status, "startsAt", "endsAt", "timeZone", format, city, "countryCode", "regionId", "publishedAt", "updatedAt")
    SELECT 'bench' || g, 'bench-meeting-' || g,
           (ARRAY['WORKSHOP','TRAINING','REGIONAL_STRUCTURES_MEETING','COMMITTEE','OTHER'])[1 + g % 5]::"MeetingKind",
           'PUBLISHED', start, start + interval '2 days', 'UTC', 'IN_PERSON', 'City ' || (g % 500), NULL,
           (SELECT id FROM "Region" ORDER BY code OFFSET (g % 6) LIMIT 1), now(), now()
      FROM generate_series(1, ${MEETINGS}) g, LATERAL (SELECT timestamp '2000-01-01' + (g * interval '173 minutes') AS start) s`);
  for (const locale of ["en", "fr"]) {
    await client.query(`
      INSERT INTO "MeetingTranslation" ("meetingId", locale, title, summary, body, status, "publishedAt", "updatedAt")
      SELECT 'bench' || g, '${locale}', 'Generated meeting ' || g || ' on customs capacity building',
             'Summary of generated meeting ' || g, 'Body text about risk management, training and integrity, number ' || g,
             'PUBLISHED', now(), now()
        FROM generate_series(1, ${MEETINGS}) g`);
  }
  await client.query("ANALYZE");
  await client.end();
  return performance.now() - started;
}

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

async function main() {
  process.env.PORTAL_DISABLE_CACHE = "1";
  process.env.PORTAL_COUNT_QUERIES = "1";
  const scratch = await openScratchServer();
  try {
    await scratch.server.createDatabase("bench");
    const url = scratch.server.urlFor("bench");
    process.env.DATABASE_URL = url;
    await applyMigrations(url, path.resolve("prisma/migrations"));
    const seedClient = createPrismaClient(url);
    await seedDemoContent(seedClient);
    await seedClient.$disconnect();
    const generatedMs = await generate(url);
    console.log(`Generated ${MEETINGS.toLocaleString("en")} meetings in ${(generatedMs / 1000).toFixed(1)} s; ${RUNS} timed runs per row (ms, cache disabled).`);

    const { listPublishedMeetings } = await import("../../lib/data/meeting-list");
    const { getPublishedMeeting } = await import("../../lib/data/meeting-detail");
    const { listHomeMeetings } = await import("../../lib/data/meetings");
    const { searchPublicContent } = await import("../../lib/data/search");
    const { listCalendarMeetings } = await import("../../lib/data/meeting-calendar");
    const { listSitemapRecords } = await import("../../lib/data/sitemap");

    const rows = [
      await measure("home: upcoming + recent meetings", () => listHomeMeetings({ locale: "fr", take: 4 })),
      await measure("meetings list, page 1", () => listPublishedMeetings({ locale: "fr", filters: {}, page: 1 })),
      await measure("meetings list, last page (834)", () => listPublishedMeetings({ locale: "fr", filters: {}, page: 834 })),
      await measure("meetings list, region + year", () => listPublishedMeetings({ locale: "es", filters: { region: "EUR", year: 2010 }, page: 1 })),
      await measure("meetings list, upcoming", () => listPublishedMeetings({ locale: "ar", filters: { when: "upcoming" }, page: 1 })),
      await measure("meeting page (Bishkek 2021)", () => getPublishedMeeting({ locale: "ru", slug: "11th-meeting-regional-structures-europe-2021" })),
      await measure("search 'integrity' (fr)", () => searchPublicContent({ locale: "fr", query: "integrity", page: 1 })),
      await measure("search 'Bishkek' (en)", () => searchPublicContent({ locale: "en", query: "Bishkek", page: 1 })),
      await measure("calendar, region EUR", () => listCalendarMeetings({ locale: "en", region: "EUR" })),
      await measure("sitemap records", () => listSitemapRecords()),
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
