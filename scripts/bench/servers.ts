// The processes a benchmark measures: the production app on a database, and a
// plain Node http server answering with fixed bytes (the upper baseline).
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import http from "node:http";
import { serverArgs, servingEnvironment } from "../server-process";

export type RunningApp = { base: string; pid?: number; stop(): Promise<void>; peakRssMb(): Promise<number> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(base: string, child: ChildProcess) {
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${base} did not become healthy`);
}

async function descendants(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const task of tasks) {
    const list = await readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "");
    children.push(...list.split(/\s+/).filter(Boolean).map(Number));
  }
  return [pid, ...(await Promise.all(children.map(descendants))).flat()];
}

/** Peak resident memory (VmHWM) of a process and its children, in MB: the largest of them. */
export async function peakRssMb(pid: number): Promise<number> {
  let peak = 0;
  for (const p of await descendants(pid)) {
    const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb / 1024);
  }
  return Math.round(peak);
}

export async function startApp({
  databaseUrl,
  port,
  env = {},
}: {
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
}): Promise<RunningApp> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, serverArgs(), {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...servingEnvironment(),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
      PUBLIC_URL: base,
      PORT: String(port),
      HOST: "127.0.0.1",
      ...env,
    },
  });
  await waitForHealth(base, child);
  return runningChild(base, child);
}

/** A started server process as a RunningApp: SIGTERM to stop, SIGKILL after 4 s. */
export function runningChild(base: string, child: ChildProcess): RunningApp {
  return {
    base,
    pid: child.pid,
    peakRssMb: () => peakRssMb(child.pid!),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      for (let i = 0; i < 40 && child.exitCode === null; i += 1) await sleep(100);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** A plain Node http server answering every request with the bytes of `source` (fetched once). */
export async function startStaticCopy(source: string, port: number): Promise<RunningApp> {
  const response = await fetch(source);
  const body = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get("content-type") ?? "text/html; charset=utf-8";
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    peakRssMb: async () => peakRssMb(process.pid),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
