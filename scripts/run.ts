// npm run dev / npm start: one command from a fresh clone to a running portal.
// Without DATABASE_URL it starts the embedded PostgreSQL (data kept in .data/),
// applies migrations, loads the demo content on first start and prints the
// demo logins. With DATABASE_URL it only applies pending migrations. Then it
// starts the portal's server (server.ts) and supervises it: a server that
// exits is started again, and the database keeps running.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, parseConfig } from "../lib/config-schema";
import { createPrismaClient } from "../lib/db/create-client";
import { DEFAULT_EMBEDDED_PG_DIR, describeStartupError, openDatabase } from "./db/local";
import { applyMigrations } from "./db/schema-engine";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/keys";
import { seedDemoContent } from "../prisma/seed";
import { compiledServer, servingEnvironment } from "./server-process";
import { superviseServer } from "./supervisor";

const mode = process.argv[2] === "start" ? "start" : "dev";

/** A local secret for signing sessions, made once and kept in .data/. */
function localAuthSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A folder inside the checkout as a relative path, any other as it is. */
const shortPath = (dir: string) =>
  dir.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), dir) : dir;

async function main() {
  if (mode === "start" && !(existsSync(".next/BUILD_ID") && existsSync(compiledServer))) {
    console.error("No production build found: run `npm run build` first.");
    process.exit(1);
  }
  const config = parseConfig(process.env);
  const db = await openDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    AUTH_SECRET: config.AUTH_SECRET ?? localAuthSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(config.PORT),
    ...(mode === "start" ? { NODE_ENV: "production" as const } : {}),
  };

  // Cached public data from an earlier run may not match the database any more
  // (a restore, a seed, another DATABASE_URL): start with an empty data cache.
  rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
  const applied = await applyMigrations(db.url, path.resolve("prisma/migrations"));
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  if (db.embedded) {
    const prisma = createPrismaClient(db.url);
    try {
      if ((await prisma.region.count()) === 0) {
        console.log("First start: loading the demo content…");
        const { created } = await seedDemoContent(prisma);
        console.log(`Demo content loaded (${created} records).`);
      }
    } finally {
      await prisma.$disconnect();
    }
    console.log(
      [
        "",
        `Regional Structures Portal on http://localhost:${config.PORT}  (embedded PostgreSQL, data in ${shortPath(db.dataDir ?? DEFAULT_EMBEDDED_PG_DIR)})`,
        `Demo sign-in (password ${DEMO_PASSWORD}):`,
        `  ${DEMO_ACCOUNTS.admin}  administrator`,
        `  ${DEMO_ACCOUNTS.staffEurope}  ROCB staff, Europe`,
        `  ${DEMO_ACCOUNTS.rtcBishkek}  RTC representative, Bishkek`,
        "",
      ].join("\n"),
    );
  }

  // The server runs as a child of this process, which restarts it if it dies
  // (scripts/supervisor.ts); PostgreSQL stays up throughout.
  const server = superviseServer({
    dev: mode === "dev",
    env: mode === "start" ? servingEnvironment(env) : env,
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await server.done;
  await db.stop().catch(() => {});
  process.exit(code);
}

main().catch((error) => {
  // One line, whatever was thrown (never "undefined").
  console.error(error instanceof ConfigError ? error.message : describeStartupError(error));
  process.exit(1);
});
