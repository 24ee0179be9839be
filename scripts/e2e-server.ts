// The server the Playwright tests run against: the production build on a
// throwaway embedded PostgreSQL, migrated and loaded with the demo content.
// A small control server lets the outage test stop and start PostgreSQL
// (tests/e2e/database-outage.spec.ts).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { openRestartableScratchServer } from "../lib/db/local";
import { applyMigrations } from "../lib/db/schema-engine";
import { seedDemoContent } from "../prisma/seed";
import { e2eControlUrlFile, e2eDatabaseUrlFile } from "../tests/e2e/support/database-url";
import { serverNodeOptions } from "./server-process";

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const port = process.env.E2E_PORT ?? "3100";
  const scratch = await openRestartableScratchServer();
  await scratch.createDatabase("e2e");
  const url = scratch.urlFor("e2e");
  await applyMigrations(url, path.resolve("prisma/migrations"));
  const prisma = createPrismaClient(url);
  await seedDemoContent(prisma);
  await prisma.$disconnect();
  // For tests that set up records directly (tests/e2e/support/database.ts).
  mkdirSync(path.dirname(e2eDatabaseUrlFile), { recursive: true });
  writeFileSync(e2eDatabaseUrlFile, url);
  const control = http.createServer(async (req, res) => {
    try {
      if (req.method === "POST" && req.url === "/database/stop") await scratch.halt();
      else if (req.method === "POST" && req.url === "/database/start") await scratch.resume();
      else return void res.writeHead(404).end();
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  writeFileSync(e2eControlUrlFile, `http://127.0.0.1:${(control.address() as { port: number }).port}`);
  control.unref();

  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", port, "--hostname", "127.0.0.1"],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: serverNodeOptions(),
        PORT: port,
        DATABASE_URL: url,
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
        OUTBOX_DIR: path.resolve(".data/e2e-outbox"),
      },
    },
  );
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
