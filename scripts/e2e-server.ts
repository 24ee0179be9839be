// The server the Playwright tests run against: the production build on a
// throwaway embedded PostgreSQL, migrated and loaded with the demo content.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { openScratchServer } from "../lib/db/local";
import { applyMigrations } from "../lib/db/schema-engine";
import { seedDemoContent } from "../prisma/seed";
import { e2eDatabaseUrlFile } from "../tests/e2e/support/database-url";

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const port = process.env.E2E_PORT ?? "3100";
  const scratch = await openScratchServer();
  await scratch.server.createDatabase("e2e");
  const url = scratch.server.urlFor("e2e");
  await applyMigrations(url, path.resolve("prisma/migrations"));
  const prisma = createPrismaClient(url);
  await seedDemoContent(prisma);
  await prisma.$disconnect();
  // For tests that set up records directly (tests/e2e/support/database.ts).
  mkdirSync(path.dirname(e2eDatabaseUrlFile), { recursive: true });
  writeFileSync(e2eDatabaseUrlFile, url);

  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", port, "--hostname", "127.0.0.1"], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: port,
      DATABASE_URL: url,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      OUTBOX_DIR: path.resolve(".data/e2e-outbox"),
    },
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await scratch.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
