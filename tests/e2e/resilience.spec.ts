import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SEED_SLUGS } from "../../prisma/seed/keys";
import { e2eControlUrlFile } from "./support/database-url";
import { insertPublishedMeeting, sql } from "./support/database";

// What an anonymous visitor cannot do to the portal: fill its caches or its
// memory with URLs of their own making, or take the database down with the
// server. The tested server is the production build under the supervisor of
// `npm start` (scripts/e2e-server.ts, scripts/supervisor.ts).

test.describe.configure({ mode: "serial" });

const control = () => readFileSync(e2eControlUrlFile, "utf8").trim();
type ServerState = { pid: number; starts: number };
const serverState = async (request: APIRequestContext) =>
  (await (await request.get(`${control()}/server`)).json()) as ServerState;

/** The resident memory of a process, in MB (Linux). */
const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

test("a flood of junk views, made-up slugs and distinct searches crashes nothing and evicts no page", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const before = await serverState(request);
  const legit = ["/en", "/en/meetings", "/en/news", `/en/meetings/${SEED_SLUGS.bishkek2021}`, "/ru/regions/eur"];
  // Cached before the flood. Polled: the publication sweep may refresh a list just then (a meeting
  // starting or ending, a scheduled publication coming due), which is right and not what is tested.
  for (const path of legit) {
    await expect
      .poll(async () => (await request.get(path)).headers()["x-portal-cache"], { message: path, timeout: 15_000 })
      .toBe("HIT");
  }
  // 8 KB segments, as in the report that crashed the server, in every list and the API.
  const junk = (i: number) =>
    [
      `/en/meetings/view/${randomBytes(6000).toString("base64url")}`,
      `/fr/news/view/${randomBytes(6000).toString("base64url")}`,
      `/ru/structures/view/${randomBytes(6000).toString("base64url")}`,
      `/ar/search/view/${randomBytes(6000).toString("base64url")}`,
      `/en/meetings/calendar/view/${randomBytes(6000).toString("base64url")}`,
      `/api/v1/view/${randomBytes(6000).toString("base64url")}`,
      `/es/meetings/${randomBytes(60).toString("hex")}`,
      `/en/search?q=${randomBytes(6).toString("hex")}`,
    ][i % 8];
  const statuses = new Map<number, number>();
  let peakMb = 0;
  for (let batch = 0; batch < 60; batch += 1) {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => request.get(junk(batch * 20 + i)).then((r) => r.status())),
    );
    for (const status of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    peakMb = Math.max(peakMb, residentMb(before.pid));
  }
  // Junk is a 404; a search for a word nobody wrote is an empty result page.
  expect([...statuses.keys()].sort()).toEqual([200, 404]);
  expect(statuses.get(200)).toBe(150);
  expect(await serverState(request)).toEqual(before);
  expect(peakMb).toBeLessThan(600);
  for (const path of legit) expect((await request.get(path)).headers()["x-portal-cache"], path).toBe("HIT");
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("a server that dies is started again by its supervisor, with the database and its data untouched", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const before = await serverState(request);
  const slug = `restart-check-${randomBytes(3).toString("hex")}`;
  const title = `Restart check ${slug}`;
  await insertPublishedMeeting({ title, slug });
  const [{ started }] = await sql<{ started: Date }>("select pg_postmaster_start_time() as started");
  expect((await request.get(`/en/meetings/${slug}`)).status()).toBe(200);

  process.kill(before.pid, "SIGKILL");
  await expect
    .poll(async () => (await request.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 60_000 })
    .toBe(200);
  const after = await serverState(request);
  expect(after.pid).not.toBe(before.pid);
  expect(after.starts).toBe(before.starts + 1);
  // The same PostgreSQL, never restarted, with everything in it.
  const [{ started: startedAfter }] = await sql<{ started: Date }>("select pg_postmaster_start_time() as started");
  expect(startedAfter.getTime()).toBe(started.getTime());
  const page = await request.get(`/en/meetings/${slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(title);
});
