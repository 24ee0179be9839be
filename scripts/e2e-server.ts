// The server the Playwright tests run against: the production build on a
// throwaway embedded PostgreSQL, migrated and loaded with the demo content,
// served by server.ts under the same supervisor as `npm start`. A small
// control server lets tests stop and start PostgreSQL and the server.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { openRestartableScratchServer } from "./db/local";
import { applyMigrations } from "./db/schema-engine";
import { seedDemoContent } from "../prisma/seed";
import { e2eControlUrlFile, e2eDatabaseUrlFile, e2eVarnishUrlFile } from "../tests/e2e/support/database-url";
import { compiledServer, servingEnvironment } from "./server-process";
import { superviseServer } from "./supervisor";
import { startVarnish, varnishBinary, type RunningVarnish } from "./varnish";
import { startE2eSmtp } from "./e2e-smtp";

async function main() {
  if (!existsSync(".next/BUILD_ID") || !existsSync(compiledServer))
    throw new Error("No production build: run `npm run build` first.");
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
  const env: NodeJS.ProcessEnv = {
    ...servingEnvironment(),
    NODE_ENV: "production",
    PORT: port,
    HOST: "127.0.0.1",
    DATABASE_URL: url,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // Unused while SMTP_URL is set; apart from what the SMTP server received, which the journeys read.
    OUTBOX_DIR: path.resolve(".data/e2e-file-outbox"),
  };
  // Mail goes through a real SMTP server, which writes what it receives to .data/e2e-outbox (scripts/e2e-smtp.ts).
  const smtp = await startE2eSmtp(path.resolve(".data/e2e-outbox"));
  env.SMTP_URL = smtp.url;
  // A real Varnish in front (deploy/varnish), purged by the server: where
  // varnishd is installed, and always in CI (.ci/run installs it).
  rmSync(e2eVarnishUrlFile, { force: true });
  let varnish: RunningVarnish | null = null;
  if (varnishBinary() || process.env.CI) {
    varnish = await startVarnish({ port: Number(process.env.E2E_VARNISH_PORT ?? 3180), backendPort: Number(port) });
    env.HTTP_CACHE_PURGE_URLS = varnish.url;
    writeFileSync(e2eVarnishUrlFile, varnish.url);
  }
  // Supervised as `npm start` does: a server that dies is started again.
  const server = superviseServer({ env });

  // What the tests may do to the parts: stop and start PostgreSQL (the outage
  // test), learn the server's pid (the restart test), stop and start the
  // server itself (the shared cache serves while it is down).
  const control = http.createServer(async (req, res) => {
    try {
      if (req.method === "POST" && req.url === "/database/stop") await scratch.halt();
      else if (req.method === "POST" && req.url === "/database/start") await scratch.resume();
      else if (req.method === "POST" && req.url === "/server/stop") await server.stop();
      else if (req.method === "POST" && req.url === "/server/start") server.start();
      else if (req.method === "GET" && req.url === "/server") {
        return void res
          .writeHead(200, { "Content-Type": "application/json" })
          .end(JSON.stringify({ pid: server.pid(), starts: server.starts() }));
      } else return void res.writeHead(404).end();
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  writeFileSync(e2eControlUrlFile, `http://127.0.0.1:${(control.address() as { port: number }).port}`);
  control.unref();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await varnish?.stop();
    await smtp.stop();
    await scratch.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
