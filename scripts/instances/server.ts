// The two-instance setting of tests/instances/ (playwright.instances.config.ts):
// one embedded PostgreSQL with the demo content, a real redis-server, a real
// S3-compatible server (s3rver), instances A and B of the production build
// sharing them, and a round-robin load balancer in front. A small control
// server lets the tests stop and restart Redis. Writes everything the tests
// need to .data/instances/state.json.
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import httpProxy from "http-proxy";
import { createPrismaClient } from "../../lib/db/create-client";
import { openScratchServer } from "../db/local";
import { applyMigrations } from "../db/schema-engine";
import { seedDemoContent } from "../../prisma/seed";
import { parseConfig } from "../../lib/config-schema";
import { openStorage } from "../../lib/storage/open-storage";
import { freePort, sharedEnv, startInstance, startRedis, startS3 } from "./cluster";

export const stateFile = path.resolve(".data/instances/state.json");

async function main() {
  const lbPort = Number(process.env.INSTANCES_PORT ?? 3400);
  const scratch = await openScratchServer();
  await scratch.server.createDatabase("instances");
  const databaseUrl = scratch.server.urlFor("instances");
  await applyMigrations(databaseUrl, path.resolve("prisma/migrations"));
  const redisPort = await freePort();
  let redis = await startRedis(redisPort);
  const s3 = await startS3(await freePort());
  const env = sharedEnv({
    databaseUrl,
    redisUrl: redis.url,
    s3Endpoint: s3.endpoint,
    publicUrl: `http://127.0.0.1:${lbPort}`,
  });
  // The demo content, its documents written to the object storage the instances share.
  const prisma = createPrismaClient(databaseUrl);
  await seedDemoContent(prisma, undefined, { storage: openStorage(parseConfig(env)) });
  await prisma.$disconnect();
  const a = await startInstance("A", await freePort(), env);
  const b = await startInstance("B", await freePort(), env);

  // Round robin over both instances (what a load balancer does).
  const proxy = httpProxy.createProxyServer({ xfwd: true });
  proxy.on("error", (_error, _req, res) => {
    if (res instanceof http.ServerResponse && !res.headersSent) res.writeHead(502).end("Bad gateway");
  });
  let next = 0;
  const balancer = http.createServer((req, res) => proxy.web(req, res, { target: [a, b][next++ % 2].base }));
  await new Promise<void>((resolve) => balancer.listen(lbPort, "127.0.0.1", resolve));

  // Control of Redis, for the test of an outage.
  const control = http.createServer(async (req, res) => {
    try {
      if (req.method === "POST" && req.url === "/redis/stop") await redis.stop();
      else if (req.method === "POST" && req.url === "/redis/start") redis = await startRedis(redisPort);
      else return void res.writeHead(404).end();
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  const controlPort = await freePort();
  await new Promise<void>((resolve) => control.listen(controlPort, "127.0.0.1", resolve));

  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(
    stateFile,
    JSON.stringify(
      {
        a: a.base,
        b: b.base,
        lb: `http://127.0.0.1:${lbPort}`,
        control: `http://127.0.0.1:${controlPort}`,
        databaseUrl,
      },
      null,
      2,
    ),
  );
  console.log(
    `instances: A ${a.base}, B ${b.base}, balancer http://127.0.0.1:${lbPort}, Redis ${redis.url}, S3 ${s3.endpoint}`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    balancer.close();
    control.close();
    await Promise.allSettled([a.stop(), b.stop()]);
    await Promise.allSettled([redis.stop(), s3.stop(), scratch.stop()]);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
