// A real Varnish in front of a portal, for the end-to-end tests and the bench:
// deploy/varnish/portal-rules.vcl with the backend on the given port. Needs
// varnishd with the xkey vmod (Debian: apt-get install varnish
// varnish-modules; .ci/run installs them).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type RunningVarnish = { url: string; port: number; stop(): Promise<void> };

const candidates = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"];

/** The varnishd binary, or null when this machine has none. */
export function varnishBinary(): string | null {
  const found = candidates.find((file) => existsSync(file));
  if (found) return found;
  const which = spawnSync("sh", ["-c", "command -v varnishd"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** The VCL of deploy/varnish/portal.vcl with another backend port. */
function vclFor(backendPort: number): string {
  return [
    "vcl 4.1;",
    "backend portal {",
    `  .host = "127.0.0.1"; .port = "${backendPort}";`,
    "  .connect_timeout = 2s; .first_byte_timeout = 60s;",
    '  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }',
    "}",
    `include "${path.resolve("deploy/varnish/portal-rules.vcl")}";`,
    "",
  ].join("\n");
}

async function waitForPort(url: string, child: ChildProcess) {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with code ${child.exitCode}`);
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`varnishd did not listen on ${url}`);
}

export async function startVarnish(options: {
  port: number;
  backendPort: number;
  memoryMb?: number;
}): Promise<RunningVarnish> {
  const binary = varnishBinary();
  if (!binary) throw new Error("varnishd is not installed (apt-get install varnish varnish-modules)");
  // Under /tmp: Varnish's unprivileged worker must read the VCL and the work folder.
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-varnish-"));
  chmodSync(dir, 0o755);
  const vcl = path.join(dir, "portal.vcl");
  writeFileSync(vcl, vclFor(options.backendPort), { mode: 0o644 });
  const memory = options.memoryMb ?? 128;
  const child = spawn(
    binary,
    [
      "-F",
      "-a",
      `127.0.0.1:${options.port}`,
      "-f",
      vcl,
      "-n",
      path.join(dir, "work"),
      "-s",
      `main=malloc,${memory}m`,
      "-s",
      `search=malloc,${Math.max(8, Math.floor(memory / 8))}m`,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `http://127.0.0.1:${options.port}`;
  await waitForPort(url, child);
  return {
    url,
    port: options.port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
