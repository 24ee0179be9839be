import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_PEOPLE, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { msUntil } from "./support/polling";
import { publishThrough } from "./support/publishing";
import { addToSeriesWithPartner, insertPublishedMeeting, insertPublishedNews, sql } from "./support/database";

// Public pages are rendered once and served from Next's cache; a staff change
// refreshes every page that shows it, at once; time does too (scheduled
// publication). What is cached is the same for every visitor: no draft, no
// private attendee data, nothing of a session.

const suffix = () => randomBytes(4).toString("hex");

/** The pages that show a meeting of the Europe region, as text, once each (which caches them). */
const pagesOf = (slug: string) => [
  `/en/meetings/${slug}`,
  "/en/meetings?region=eur",
  "/en/meetings/calendar.ics",
  "/en/meetings/calendar.ics?region=eur",
  "/sitemaps/meetings-0.xml",
];

async function saveTitle(page: Page, id: string, title: string) {
  await page.goto(`/en/staff/meetings/${id}`);
  await page.locator('input[name="t.en.title"]').fill(title);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test.describe("the cache of public pages", () => {
  test("a public page is rendered once, then served from the cache with a policy that needs no nonce", async ({
    request,
  }) => {
    await request.get("/en/structures");
    const cached = await request.get("/en/structures");
    expect(cached.headers()["x-portal-cache"]).toBe("HIT");
    // Browsers ask again every time; shared caches keep it until the portal purges it by its keys.
    expect(cached.headers()["cache-control"]).toBe(
      "public, max-age=0, s-maxage=3600, stale-while-revalidate=30, stale-if-error=86400",
    );
    expect(cached.headers()["xkey"]).toMatch(/^[\w-]{16}( [\w-]{16})*$/);
    const policy = cached.headers()["content-security-policy"];
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(cached.headers()["x-content-type-options"]).toBe("nosniff");
    expect(cached.headers()["x-frame-options"]).toBe("DENY");
    // Every script comes from this origin; Next's bootstrap scripts carry Subresource Integrity hashes.
    const html = await cached.text();
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, src] of scripts) expect(src).toMatch(/^\/_next\/static\//);
    expect(scripts.filter(([tag]) => /integrity="sha256-/.test(tag)).length).toBeGreaterThan(0);
  });

  test("query strings map to one cached page per canonical view; junk parameters do not make new ones", async ({
    request,
  }) => {
    const first = await request.get("/en/meetings?page=2&utm_source=newsletter");
    expect(first.status()).toBe(200);
    const body = await first.text();
    expect(body).toContain("Page 2 of");
    const again = await request.get("/en/meetings?utm_campaign=other&page=2");
    expect(again.headers()["x-portal-cache"]).toBe("HIT");
    expect(await again.text()).toBe(body);
    // A bad value is dropped, like an unknown parameter: the default view.
    const bad = await request.get("/en/meetings?page=abc&region=atlantis");
    expect(await bad.text()).toContain("Page 1 of");
  });

  test("an edit, an unpublish and a republish reach the meeting's page, the lists, the calendars and the sitemap within a second", async ({
    page,
    request,
  }) => {
    const title = `Caching check ${suffix()}`;
    const { id, slug } = await insertPublishedMeeting({
      title: `${title} (before)`,
      slug: `caching-check-${suffix()}`,
    });
    await signInAs(page, DEMO_ACCOUNTS.admin);
    // The new meeting reaches the lists through the app: a save of its title.
    await saveTitle(page, id, title);
    for (const path of pagesOf(slug))
      expect(await (await request.get(path)).text(), path).toContain(path.startsWith("/sitemaps") ? slug : title);
    for (const path of pagesOf(slug)) expect((await request.get(path)).headers()["x-portal-cache"], path).toBe("HIT");

    const edited = `${title} (edited)`;
    await saveTitle(page, id, edited);
    for (const path of pagesOf(slug).filter((p) => !p.startsWith("/sitemaps"))) {
      expect(await msUntil(request, path, (_s, body) => body.includes(edited)), path).toBeLessThan(1000);
    }

    await publishThrough(page, { change: "Unpublish (back to draft)" });
    expect(await msUntil(request, `/en/meetings/${slug}`, (status) => status === 404)).toBeLessThan(1000);
    for (const path of pagesOf(slug).slice(1)) {
      expect(
        await msUntil(request, path, (_s, body) => !body.includes(slug) && !body.includes(edited)),
        path,
      ).toBeLessThan(1000);
    }

    await publishThrough(page, { change: "Publish the meeting", languages: ["en"] });
    for (const path of pagesOf(slug)) {
      expect(
        await msUntil(request, path, (_s, body) => body.includes(path.startsWith("/sitemaps") ? slug : edited)),
        path,
      ).toBeLessThan(1000);
    }
  });

  test("a publish and an unpublish reach the series, organization and region pages, the series calendar and the open data API", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const series = SEED_SLUGS.seriesEurope;
    const osce = SEED_SLUGS.osceBishkek;
    const title = `Series caching check ${suffix()}`;
    const { id, slug } = await insertPublishedMeeting({
      title: `${title} (before)`,
      slug: `series-caching-check-${suffix()}`,
    });
    await addToSeriesWithPartner(id, {
      seriesSlug: series,
      number: 500 + Math.floor(Math.random() * 400),
      organizationSlug: osce,
    });
    const paths = [
      `/en/meetings/series/${series}`,
      `/ru/meetings/series/${series}`,
      `/en/meetings/series/${series}/calendar.ics`,
      `/en/organizations/${osce}`,
      `/ar/organizations/${osce}`,
      "/en/regions/eur",
      `/api/v1/meetings?series=${series}`,
      `/api/v1/meetings?region=eur&locale=fr`,
    ];
    await signInAs(page, DEMO_ACCOUNTS.admin);
    await saveTitle(page, id, title);
    for (const path of paths) expect(await (await request.get(path)).text(), path).toContain(title);
    for (const path of paths) expect((await request.get(path)).headers()["x-portal-cache"], path).toBe("HIT");
    expect((await request.get(`/api/v1/meetings/${slug}`)).status()).toBe(200);

    await publishThrough(page, { change: "Unpublish (back to draft)" });
    for (const path of paths)
      expect(await msUntil(request, path, (_s, body) => !body.includes(title)), path).toBeLessThan(1000);
    expect(await msUntil(request, `/api/v1/meetings/${slug}`, (status) => status === 404)).toBeLessThan(1000);

    await publishThrough(page, { change: "Publish the meeting", languages: ["en"] });
    for (const path of paths)
      expect(await msUntil(request, path, (_s, body) => body.includes(title)), path).toBeLessThan(1000);

    // Back to draft: the series and the organization show the demo content's meetings only, for the other journeys.
    await publishThrough(page, { change: "Unpublish (back to draft)" });
    for (const path of paths) await msUntil(request, path, (_s, body) => !body.includes(title));
  });

  test("a news publish and unpublish reach the JSON Feed, the RSS and the open data API", async ({ page, request }) => {
    const title = `News caching check ${suffix()}`;
    const { id } = await insertPublishedNews({ title, slug: `news-caching-check-${suffix()}` });
    const paths = ["/en/news/feed.json", "/en/news/feed.xml", "/api/v1/news", "/api/v1/news?locale=es"];
    for (const path of paths) await request.get(path);
    await signInAs(page, DEMO_ACCOUNTS.admin);
    // A save through the app refreshes what the direct insert did not.
    await page.goto(`/en/staff/news/${id}`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    for (const path of paths)
      expect(await msUntil(request, path, (_s, body) => body.includes(title)), path).toBeLessThan(1000);
    for (const path of paths) expect((await request.get(path)).headers()["x-portal-cache"], path).toBe("HIT");

    await publishThrough(page, { change: "Unpublish (back to draft)" });
    for (const path of paths)
      expect(await msUntil(request, path, (_s, body) => !body.includes(title)), path).toBeLessThan(1000);
  });

  test("a meeting scheduled for publication appears on time on every page that lists it, with no edit", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const title = `Scheduled publication check ${suffix()}`;
    const slug = `scheduled-check-${suffix()}`;
    for (const path of ["/en/meetings?region=eur", "/en", "/en/meetings/calendar.ics"]) await request.get(path);
    const publishAt = new Date(Date.now() + 20_000);
    // Written straight to the database: only the passing of time can publish it.
    await insertPublishedMeeting({ title, slug, publishAt, startsInDays: 3 });
    for (const path of ["/en/meetings?region=eur", "/en", "/en/meetings/calendar.ics", `/en/meetings/${slug}`]) {
      const response = await request.get(path);
      expect(await response.text(), path).not.toContain(title);
    }
    for (const path of ["/en/meetings?region=eur", "/en", "/en/meetings/calendar.ics", `/en/meetings/${slug}`]) {
      await msUntil(request, path, (status, body) => status === 200 && body.includes(title), 90_000);
    }
    // On time: within a minute of its publication time, not at the hourly expiry.
    expect(Date.now() - publishAt.getTime()).toBeLessThan(60_000);
    await sql(`DELETE FROM "Meeting" WHERE slug = $1`, [slug]);
  });

  test("cached pages hold no draft, no private attendee data and nothing of a session", async ({ page, request }) => {
    await signInAs(page, DEMO_ACCOUNTS.admin);
    // A signed-in staff member reads the public pages first: they must be cached as for anyone.
    const paths = [
      "/en",
      `/en/meetings/${SEED_SLUGS.bishkek2021}`,
      "/en/meetings?region=eur",
      "/en/search?q=Bishkek",
      "/en/meetings/calendar.ics",
      "/en/structures/" + SEED_SLUGS.rtcBishkek,
    ];
    // At most the language cookie of the locale routing, never a session cookie.
    const noSessionCookie = (setCookie: string | undefined) => expect(setCookie ?? "").not.toMatch(/authjs|session/i);
    for (const path of paths) noSessionCookie((await page.request.get(path)).headers()["set-cookie"]);
    for (const path of paths) {
      const response = await request.get(path);
      const body = await response.text();
      noSessionCookie(response.headers()["set-cookie"]);
      for (const secret of [
        "Confidential",
        SEED_PEOPLE.privateAttendeeEmail,
        SEED_PEOPLE.privateAttendeePhone,
        SEED_PEOPLE.privateAttendeeName,
        "Sign out",
        DEMO_ACCOUNTS.admin,
      ]) {
        expect(body, `${path} must not contain ${secret}`).not.toContain(secret);
      }
    }
    // A visitor's garbage session cookie changes nothing: no session work on public pages.
    const withCookie = await request.get("/en/structures", {
      headers: { cookie: "authjs.session-token=not-a-real-token" },
    });
    expect(withCookie.headers()["x-portal-cache"]).toBe("HIT");
    noSessionCookie(withCookie.headers()["set-cookie"]);
  });

  test("staff pages and signed-in responses are private and never stored", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    for (const path of ["/en/staff", "/en/staff/meetings", `/en/staff/meetings`]) {
      const response = await page.request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"], path).toMatch(/private/);
      expect(response.headers()["cache-control"], path).toMatch(/no-store/);
      expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
      expect(response.headers()["x-portal-cache"], path).toBeUndefined();
      expect(response.headers()["xkey"], path).toBeUndefined();
      expect(response.headers()["content-security-policy"], path).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    }
    const signIn = await page.request.get("/en/sign-in");
    expect(signIn.headers()["cache-control"]).toMatch(/no-store/);
  });

  test("the home page weighs at most half of its former 92 KB and carries only the public messages", async ({
    request,
  }) => {
    expect((await (await request.get("/en")).body()).length).toBeLessThanOrEqual(46 * 1024);
    for (const locale of ["en", "ru", "ar"]) {
      const html = await (await request.get(`/${locale}`)).text();
      expect(html).toContain("LanguageSwitcher");
      for (const staffNamespace of ["StaffMeetings", "StaffAttendees", "Validation"])
        expect(html, staffNamespace).not.toContain(`\\"${staffNamespace}\\"`);
    }
  });
});
