import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_PEOPLE, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { e2eControlUrlFile, e2eVarnishUrlFile } from "./support/database-url";
import { insertPublishedMeeting, insertPublishedNews, sql } from "./support/database";
import { publishThrough } from "./support/publishing";
import { msUntil as pollUntil } from "./support/polling";

// A real Varnish (deploy/varnish/portal-rules.vcl, started by
// scripts/e2e-server.ts) in front of the tested server, which purges it by
// surrogate key after every change. Always run in CI (.ci/run installs
// varnish and varnish-modules); skipped on a machine without varnishd.

const varnishUrl = () => (existsSync(e2eVarnishUrlFile) ? readFileSync(e2eVarnishUrlFile, "utf8").trim() : "");
const control = () => readFileSync(e2eControlUrlFile, "utf8").trim();
const suffix = () => randomBytes(4).toString("hex");

test.describe.configure({ mode: "serial" });
test.skip(!process.env.CI && !varnishUrl(), "varnishd is not installed here (apt-get install varnish varnish-modules)");

/** Polls a path through Varnish until `check` holds; returns the milliseconds it took. */
const msUntil = (request: APIRequestContext, path: string, check: (status: number, body: string) => boolean) =>
  pollUntil(request, varnishUrl() + path, check, 30_000);

/**
 * Asks Varnish until its answer comes from its cache (the second ask, unless
 * a purge of the tests before lands in between); the keys stay inside it.
 */
async function cachedInVarnish(request: APIRequestContext, path: string) {
  let response = await request.get(varnishUrl() + path);
  for (let i = 0; i < 20 && response.headers()["x-cache"] !== "HIT"; i += 1) {
    await response.body();
    await new Promise((resolve) => setTimeout(resolve, 150));
    response = await request.get(varnishUrl() + path);
  }
  expect(response.headers()["x-cache"], path).toBe("HIT");
  expect(response.status(), path).toBe(200);
  expect(response.headers()["xkey"], path).toBeUndefined();
  return response;
}

async function saveTitle(page: Page, id: string, title: string) {
  await page.goto(`/en/staff/meetings/${id}`);
  await page.locator('input[name="t.en.title"]').fill(title);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test("through Varnish, an edit, an unpublish and a republish show within a second on the page, lists, calendars and sitemap", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = `Varnish check ${suffix()}`;
  const { id, slug } = await insertPublishedMeeting({ title: `${title} (before)`, slug: `varnish-check-${suffix()}` });
  await signInAs(page, DEMO_ACCOUNTS.admin);
  await saveTitle(page, id, title);
  const paths = [
    `/en/meetings/${slug}`,
    "/en/meetings?region=eur",
    "/en/meetings/calendar.ics",
    `/api/v1/meetings?region=eur`,
    "/sitemaps/meetings-0.xml",
  ];
  for (const path of paths)
    await msUntil(request, path, (_s, body) => body.includes(path.startsWith("/sitemaps") ? slug : title));
  for (const path of paths) await cachedInVarnish(request, path);

  const edited = `${title} (edited)`;
  await saveTitle(page, id, edited);
  for (const path of paths.filter((p) => !p.startsWith("/sitemaps")))
    expect(await msUntil(request, path, (_s, body) => body.includes(edited)), path).toBeLessThan(1000);

  await publishThrough(page, { change: "Unpublish (back to draft)" });
  expect(await msUntil(request, `/en/meetings/${slug}`, (status) => status === 404)).toBeLessThan(1000);
  for (const path of paths.slice(1))
    expect(
      await msUntil(request, path, (_s, body) => !body.includes(slug) && !body.includes(edited)),
      path,
    ).toBeLessThan(1000);

  await publishThrough(page, { change: "Publish the meeting", languages: ["en"] });
  for (const path of paths)
    expect(
      await msUntil(request, path, (_s, body) => body.includes(path.startsWith("/sitemaps") ? slug : edited)),
      path,
    ).toBeLessThan(1000);
  await publishThrough(page, { change: "Unpublish (back to draft)" });
});

test("through Varnish, a news publish and unpublish reach the article, the feeds and the news list within a second", async ({
  page,
  request,
}) => {
  const title = `Varnish news ${suffix()}`;
  const slug = `varnish-news-${suffix()}`;
  const { id } = await insertPublishedNews({ title, slug });
  const paths = ["/en/news", "/en/news/feed.xml", "/en/news/feed.json", "/api/v1/news"];
  for (const path of paths) await cachedInVarnish(request, path);
  await signInAs(page, DEMO_ACCOUNTS.admin);
  await page.goto(`/en/staff/news/${id}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  for (const path of [...paths, `/en/news/${slug}`])
    expect(await msUntil(request, path, (_s, body) => body.includes(title)), path).toBeLessThan(1000);
  await cachedInVarnish(request, `/en/news/${slug}`);
  await publishThrough(page, { change: "Unpublish (back to draft)" });
  expect(await msUntil(request, `/en/news/${slug}`, (status) => status === 404)).toBeLessThan(1000);
  for (const path of paths)
    expect(await msUntil(request, path, (_s, body) => !body.includes(title)), path).toBeLessThan(1000);
});

test("staff pages, signed-in requests and form posts are never served from Varnish, and nothing personal or draft is stored", async ({
  page,
  request,
}) => {
  const varnish = varnishUrl();
  const draftTitle = `Varnish draft ${suffix()}`;
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  // The session cookie goes to Varnish too (same host): every answer is the portal's own.
  for (const path of ["/en/staff", "/en/staff/meetings", "/en", `/en/meetings/${SEED_SLUGS.bishkek2021}`]) {
    for (let i = 0; i < 2; i += 1) {
      const response = await page.request.get(varnish + path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-cache"], path).toBe("PASS");
    }
  }
  const staffPage = await page.request.get(`${varnish}/en/staff`);
  expect(staffPage.headers()["cache-control"]).toMatch(/private/);
  // A draft meeting, and the staff preview of it seen through Varnish.
  const draft = await insertPublishedMeeting({ title: draftTitle, slug: `varnish-draft-${suffix()}` });
  await sql(`UPDATE "Meeting" SET status = 'DRAFT', "publishedAt" = NULL WHERE id = $1`, [draft.id]);
  await sql(`UPDATE "MeetingTranslation" SET status = 'DRAFT' WHERE "meetingId" = $1`, [draft.id]);
  const preview = await page.request.get(`${varnish}/en/staff/meetings/${draft.id}/preview`);
  expect(await preview.text()).toContain(draftTitle);
  expect(preview.headers()["x-cache"]).toBe("PASS");
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get(`${varnish}/en/meetings/${draft.slug}`);
    expect(response.status()).toBe(404);
    expect(response.headers()["x-cache"]).not.toBe("HIT");
  }

  // A form post through Varnish (a sign-in attempt) goes to the portal.
  const post = await request.post(`${varnish}/en/sign-in`, { form: { email: "nobody@example.org", password: "x" } });
  expect(post.headers()["x-cache"]).toBe("PASS");

  // Anonymous visitors then get no trace of the session, the private data or the draft.
  for (const path of ["/en", "/en/meetings", `/en/meetings/${SEED_SLUGS.bishkek2021}`, "/en/meetings/calendar.ics"]) {
    const response = await request.get(varnish + path);
    const body = await response.text();
    for (const secret of [
      "Sign out",
      DEMO_ACCOUNTS.staffEurope,
      SEED_PEOPLE.privateAttendeeEmail,
      SEED_PEOPLE.privateAttendeePhone,
      draftTitle,
    ])
      expect(body, `${path} must not contain ${secret}`).not.toContain(secret);
    expect(response.headers()["set-cookie"] ?? "", path).not.toMatch(/authjs/);
  }
});

test("with the portal stopped, Varnish still serves its cached pages", async ({ request }) => {
  test.setTimeout(120_000);
  const paths = ["/en", `/ru/meetings/${SEED_SLUGS.bishkek2021}`, "/ar/regions/eur", "/en/news/feed.xml"];
  const bodies = new Map<string, string>();
  for (const path of paths) bodies.set(path, await (await cachedInVarnish(request, path)).text());
  expect((await request.post(`${control()}/server/stop`, { timeout: 60_000 })).status()).toBe(204);
  try {
    await expect.poll(async () => (await request.get("/api/health").catch(() => null))?.status() ?? 0).toBe(0);
    for (const path of paths) {
      const response = await request.get(varnishUrl() + path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toBe(bodies.get(path));
    }
  } finally {
    await request.post(`${control()}/server/start`);
    await expect
      .poll(async () => (await request.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 90_000 })
      .toBe(200);
    // And Varnish's health probe has seen it back.
    await expect
      .poll(async () => (await request.get(`${varnishUrl()}/api/health`)).status(), { timeout: 30_000 })
      .toBe(200);
  }
});

test("a flood of junk view URLs through Varnish crashes nothing and evicts nothing", async ({ request }) => {
  test.setTimeout(180_000);
  const before = (await (await request.get(`${control()}/server`)).json()) as { pid: number; starts: number };
  const legit = ["/en/meetings", "/en/news", `/en/meetings/${SEED_SLUGS.bishkek2021}`];
  for (const path of legit) await cachedInVarnish(request, path);
  const junk = (i: number) =>
    [
      `/en/meetings/view/${randomBytes(1500).toString("base64url")}`,
      `/fr/search/view/${randomBytes(600).toString("base64url")}`,
      `/api/v1/view/${randomBytes(900).toString("base64url")}`,
      `/ru/meetings/${randomBytes(40).toString("hex")}-${i}`,
    ][i % 4];
  const statuses = new Map<number, number>();
  for (let batch = 0; batch < 40; batch += 1) {
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => request.get(varnishUrl() + junk(batch * 25 + i)).then((r) => r.status())),
    );
    for (const status of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  expect([...statuses.keys()]).toEqual([404]);
  expect((await request.get(varnishUrl() + "/api/health")).status()).toBe(200);
  const after = (await (await request.get(`${control()}/server`)).json()) as { pid: number; starts: number };
  expect(after).toEqual(before);
  for (const path of legit) {
    const response = await request.get(varnishUrl() + path);
    expect(response.headers()["x-cache"], path).toBe("HIT");
  }
});
