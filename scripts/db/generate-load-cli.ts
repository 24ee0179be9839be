// npm run db:generate-load -- --meetings 100000 [--database portal_load]
// Fills a separate database with generated load data (scripts/db/load/):
// never the demo database. With DATABASE_URL set, the load database is made on
// that server; otherwise on the embedded one (.data/postgres).
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/create-client";
import { openDatabase, localDatabaseName } from "./local";
import { applyMigrations } from "./schema-engine";
import { seedDemoContent } from "../../prisma/seed";
import { generateLoad, LOAD_PASSWORD } from "./load/generate-load";

async function main() {
  const { values } = parseArgs({
    options: { meetings: { type: "string", default: "100000" }, database: { type: "string" } },
  });
  const meetings = Number(values.meetings);
  if (!Number.isInteger(meetings) || meetings < 1 || meetings > 2_000_000)
    throw new Error("--meetings must be a whole number from 1 to 2,000,000");
  const name = values.database ?? `portal_load_${meetings}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("--database must be a plain PostgreSQL name (a-z, 0-9, _)");
  const db = await openDatabase();
  const demo = new URL(db.url).pathname.slice(1) || localDatabaseName;
  if (name === demo || name === localDatabaseName)
    throw new Error(`--database ${name} is the demo database: choose another name`);
  try {
    const admin = new URL(db.url);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    const exists = (await client.query("select 1 from pg_database where datname = $1", [name])).rowCount;
    if (exists) {
      await client.end();
      throw new Error(`database ${name} exists already: drop it, or pass another --database`);
    }
    await client.query(`create database ${name}`);
    await client.end();
    const target = new URL(db.url);
    target.pathname = `/${name}`;
    const url = target.toString();
    await applyMigrations(url, path.resolve("prisma/migrations"));
    const prisma = createPrismaClient(url);
    await seedDemoContent(prisma);
    await prisma.$disconnect();
    console.log(`Generating ${meetings.toLocaleString("en")} meetings into ${name}…`);
    const report = await generateLoad(url, { meetings, log: console.log });
    console.log(
      `Done in ${report.seconds.toFixed(1)} s: ${report.meetings.toLocaleString("en")} meetings, ${report.attendees.toLocaleString("en")} attendees, ` +
        `${report.news.toLocaleString("en")} news articles, ${report.structures} structures, ${report.users} staff users (password ${LOAD_PASSWORD}).\n` +
        `DATABASE_URL=${url}`,
    );
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
