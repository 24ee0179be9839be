// Several production instances of the portal sharing one PostgreSQL, a real
// redis-server (the shared cache) and a real S3-compatible server (s3rver,
// for uploads): the setting of the two-instance tests and of
// `BENCH_INSTANCES=2 npm run bench`. Each part is a real server on loopback.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { serverArgs, servingEnvironment } from "../server-process";

export const S3_BUCKET = "portal-uploads";
export const S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child?: ChildProcess, timeoutMs = 10_000) {
  const started = Date.now();
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the process exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() - started > timeoutMs) throw new Error(`nothing listens on port ${port}`);
    await sleep(50);
  }
}

/** redis-server from the system (Debian's package), in memory only, on `port`. */
export async function startRedis(port: number): Promise<{ port: number; url: string; stop(): Promise<void> }> {
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    throw new Error(
      "redis-server is not installed: the several-instances tests need it (apt-get install redis-server).",
    );
  }
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  await waitForPort(port, child);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      for (let i = 0; i < 50 && child.exitCode === null; i += 1) await sleep(50);
    },
  };
}

/** s3rver with the uploads bucket, its files in a temporary folder. */
export async function startS3(port: number): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "portal-s3-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: S3_BUCKET, configs: [] }],
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export type Instance = { name: string; base: string; port: number; pid?: number; stop(): Promise<void> };

/** One production instance (server.ts on the current build). */
export async function startInstance(name: string, port: number, env: Record<string, string>): Promise<Instance> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, serverArgs(), {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...servingEnvironment(),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      ...env,
    },
  });
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited with code ${child.exitCode}`);
    const healthy = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (i > 400) throw new Error(`instance ${name} did not become healthy`);
    await sleep(100);
  }
  return {
    name,
    base,
    port,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      for (let i = 0; i < 50 && child.exitCode === null; i += 1) await sleep(100);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** The environment every instance shares: database, secret, Redis, S3. */
export function sharedEnv({
  databaseUrl,
  redisUrl,
  s3Endpoint,
  publicUrl,
}: {
  databaseUrl: string;
  redisUrl: string;
  s3Endpoint: string;
  publicUrl: string;
}) {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "instances-secret-instances-secret-instances",
    PUBLIC_URL: publicUrl,
    REDIS_URL: redisUrl,
    S3_ENDPOINT: s3Endpoint,
    S3_BUCKET,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
  };
}
