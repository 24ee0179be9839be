import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { insertPublishedMeeting } from "./support/database";
import { e2eControlUrlFile } from "./support/database-url";

// PostgreSQL stops while the portal runs (the real embedded server of the
// tested build, stopped and started by scripts/e2e-server.ts): cached pages
// are still served, uncached ones say "temporarily unavailable" (503) in the
// reader's language, the health check says 503, a staff save is refused
// clearly with the text kept; and everything recovers once it is back,
// without a restart.

const control = (action: "stop" | "start", request: APIRequestContext) =>
  request.post(`${readFileSync(e2eControlUrlFile, "utf8").trim()}/database/${action}`, { timeout: 60_000 });

test("a database outage: cached pages served, 503 pages in the reader's language, no lost work, recovery without a restart", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const title = `Outage check ${randomBytes(3).toString("hex")}`;
  const { id, slug } = await insertPublishedMeeting({ title, slug: `outage-check-${randomBytes(3).toString("hex")}` });
  const cached = ["/en", `/en/meetings/${SEED_SLUGS.bishkek2021}`, "/fr/meetings?region=eur", "/en/structures"];
  for (const path of cached) await request.get(path);
  await signInAs(page, DEMO_ACCOUNTS.admin);
  await page.goto(`/en/staff/meetings/${id}`);
  await expect(page.locator('input[name="t.en.title"]')).toHaveValue(title);

  expect((await control("stop", request)).status()).toBe(204);
  try {
    for (const path of cached) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
    }
    // Never rendered before the outage: a 503 page in Spanish, readable without JavaScript.
    const uncached = await request.get(`/es/meetings/${slug}`);
    expect(uncached.status()).toBe(503);
    expect(uncached.headers()["retry-after"]).toBe("30");
    const html = await uncached.text();
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain("Temporalmente no disponible");
    expect(html).not.toContain("<script");
    expect((await request.get("/api/health")).status()).toBe(503);

    // A save is refused with a clear message; the typed text stays in the form.
    const typed = `${title} (typed during the outage)`;
    await page.locator('input[name="t.en.title"]').fill(typed);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The database cannot be reached just now" })).toBeVisible();
    await expect(page.locator('input[name="t.en.title"]')).toHaveValue(typed);
  } finally {
    expect((await control("start", request)).status()).toBe(204);
  }

  // Back, without restarting the portal.
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 30_000 }).toBe(200);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect.poll(async () => (await request.get(`/es/meetings/${slug}`)).status(), { timeout: 10_000 }).toBe(200);
  expect(await (await request.get(`/en/meetings/${slug}`)).text()).toContain("(typed during the outage)");
});
