// The bench's anchor: a stock Next.js app (scripts/bench/anchor: one page
// prerendered at build time, nothing configured), built next to the portal
// with the portal's own node_modules, started with `next start`. Every route
// is measured as a ratio to it, in the same run.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { runningChild, type RunningApp } from "./servers";

const source = path.resolve("scripts/bench/anchor");
const dir = path.resolve(".data/bench-anchor");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the anchor app (again unless BENCH_SKIP_BUILD=1 and a build exists). */
export function buildAnchor(): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(dir, ".next/BUILD_ID"))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true });
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  const build = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error("the anchor app did not build");
}

export async function startAnchor(port: number): Promise<RunningApp> {
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`the anchor app exited with code ${child.exitCode}`);
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 200) throw new Error("the anchor app did not start");
    await sleep(100);
  }
  return runningChild(base, child);
}
