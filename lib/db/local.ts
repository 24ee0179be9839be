// Where the scripts find PostgreSQL: DATABASE_URL when set, otherwise the
// embedded server whose data lives in the git-ignored .data/ folder.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { databaseExists, startEmbeddedPostgres } from "./embedded";

export type DatabaseHandle = { url: string; embedded: boolean; stop(): Promise<void> };

export const localDataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/postgres");
export const localDatabaseName = "portal";

export function embeddedPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT ?? "54329";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number (1-65535), got "${raw}"`);
  }
  return port;
}

export async function openDatabase(): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: localDataDir, port: embeddedPort(), persistent: true });
  if (!(await databaseExists(server, localDatabaseName))) await server.createDatabase(localDatabaseName);
  return { url: server.urlFor(localDatabaseName), embedded: true, stop: () => server.stop() };
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
