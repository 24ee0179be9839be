// Issue 11, as a reader meets it: real maps, place names and dates in each
// language, search across languages, the meetings list and navigation,
// series and organization pages, and the open data (API, OpenAPI, JSON Feed,
// JSON-LD, calendars). With JavaScript on and off.
import ICAL from "ical.js";
import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test, type Page } from "@playwright/test";
import { SEED_PEOPLE, SEED_SLUGS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotBoth } from "./support/screenshots";
import { jsonFeedErrors, jsonLdErrors } from "../support/open-data-schemas";

const locales = ["en", "fr", "es", "ru", "ar"] as const;
const series = SEED_SLUGS.seriesEurope;
const osce = SEED_SLUGS.osceBishkek;

async function jsonLdOf(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as { "@type": string });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`public reading, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the region map has land, shaded members and markers that link to profiles, labelled in each language", async ({
      page,
      request,
    }) => {
      const base = await request.get("/maps/region-eur.svg");
      expect(base.status()).toBe(200);
      expect(base.headers()["content-type"]).toContain("image/svg+xml");
      const svg = await base.text();
      expect(svg).toContain('data-country="KG"');
      expect(svg).toContain('data-country="FR"');
      expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(60);

      const cities: Record<(typeof locales)[number], string> = {
        en: "Bishkek",
        fr: "Bichkek",
        es: "Biskek",
        ru: "Бишкек",
        ar: "بيشكيك",
      };
      for (const locale of locales) {
        await page.goto(`/${locale}/regions/eur`);
        const map = page.getByTestId("region-map");
        await expect(map).toBeVisible();
        await expect(page.locator('img[src="/maps/region-eur.svg"]')).toHaveJSProperty("complete", true);
        const marker = map.locator(`a[data-slug="${SEED_SLUGS.rtcBishkek}"]`);
        await expect(marker).toHaveAttribute("href", `/${locale}/structures/${SEED_SLUGS.rtcBishkek}`);
        await expect(map.locator("text", { hasText: cities[locale] })).toHaveCount(1);
        await expect(page.getByTestId("map-scroll-hint")).toBeHidden();
      }
      // On a phone the map keeps a readable size and scrolls inside its box; the page itself never scrolls sideways.
      await page.setViewportSize({ width: 360, height: 780 });
      for (const path of ["/ar/regions/eur", "/en/regions/ap", "/en/regions"]) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
        // The map is wider than the screen there, and says so above it.
        await expect(page.getByTestId("map-scroll-hint"), path).toBeVisible();
      }
      await page.goto("/ru/regions/eur");
      await expect(page.getByTestId("map-scroll-hint")).toHaveText(/Карта шире экрана/);
    });

    test("the regions index shows the six regions on a world map and as a list", async ({ page }) => {
      await page.goto("/en/regions");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The six WCO regions");
      const map = page.getByRole("group", { name: "World map of the six WCO regions" });
      await expect(map.locator("a")).toHaveCount(6);
      await expect(map.locator('a[data-region="EUR"]')).toHaveAttribute("href", "/en/regions/eur");
      await expect(page.getByTestId("region-list").getByRole("link")).toHaveCount(6);
      await page.goto("/ru/regions");
      await expect(page.getByTestId("world-map").locator("text", { hasText: "Европа" })).toHaveCount(1);
    });

    test("dates, times, time zones and places read as each language writes them", async ({ page }) => {
      await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
      const facts = page.locator('section[aria-labelledby="facts"]');
      await expect(facts).toContainText("12–15 October 2021");
      await expect(facts).toContainText("Kyrgyzstan Time (GMT+6)");
      await expect(page.locator('section[aria-labelledby="agenda"]')).toContainText("09:00");
      await expect(page.locator('section[aria-labelledby="agenda"]')).not.toContainText(/AM|PM/);
      await page.goto(`/ar/meetings/${SEED_SLUGS.upcomingWorkshopAsiaPacific}`);
      await expect(page.locator('section[aria-labelledby="facts"]')).toContainText("بانكوك، تايلاند");
      await page.goto(`/fr/structures/${SEED_SLUGS.rocbEurope}`);
      await expect(page.locator("main")).toContainText("Bakou, Azerbaïdjan");
    });

    test("search finds names across languages, with typos, and says 'no results' once with the other languages", async ({
      page,
    }) => {
      // A typo in a Latin spelling still finds the Russian texts, which name the city in Cyrillic (the gazetteer).
      await page.goto("/ru/search?q=Bishek");
      await expect(page.getByRole("link", { name: /11-е совещание региональных структур/ })).toBeVisible();
      const excerpts = await page.locator("main ol li p").allTextContents();
      for (const text of excerpts) expect(text).not.toMatch(/\*\*|(^|\s)- |#/);
      await expect(page.locator("main mark").first()).toHaveText(/Bishkek|Бишкек/i);
      // Every result says its language, named in the page's language.
      const hits = page.locator("main ol > li");
      expect(await hits.count()).toBeGreaterThan(0);
      for (const hit of await hits.all()) await expect(hit).toContainText("на языке: русский");
      await page.goto("/es/search?q=Astana");
      await expect(page.locator("main ol > li").first()).toContainText("en inglés");
      // A structure's excerpt keeps its administration apart from its description.
      await expect(page.locator("main ol > li p").last()).toContainText("Kazakhstan · The centre");
      await page.goto("/ru/search?q=Bishek");
      await screenshotBoth(page, "search-ru");

      await page.goto("/fr/search?q=zxqvwyplk");
      await expect(page.getByTestId("no-results")).toHaveCount(1);
      await expect(page.getByText(/zxqvwyplk/)).toHaveCount(1);
      const others = page.getByTestId("no-results").getByRole("link");
      await expect(others).toHaveCount(4);
      await expect(others.first()).toHaveAttribute("href", "/en/search?q=zxqvwyplk");
    });

    test("the meetings list separates upcoming and past, offers only years with meetings, and names 'Other'", async ({
      page,
    }) => {
      await page.goto("/en/meetings");
      await expect(page.getByRole("heading", { level: 2, name: "Upcoming meetings" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Past meetings" })).toBeVisible();
      const years = await page.locator("#filter-year option").allTextContents();
      expect(years).toContain("2021");
      expect(years).toContain("2011");
      expect(years).not.toContain("2015");
      await expect(page.locator("#filter-kind option", { hasText: /^Other$/ })).toHaveCount(1);
      const past = page.locator('section[aria-labelledby="past-meetings"] time');
      const starts = await past.evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute("datetime") ?? "")));
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
      const upcoming = await page
        .locator('section[aria-labelledby="upcoming-meetings"] time')
        .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute("datetime") ?? "")));
      expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
      await expect(page.locator(`a[href^="webcal://"]`).first()).toHaveAttribute(
        "href",
        /^webcal:\/\/[^/]+\/en\/meetings\/calendar\.ics$/,
      );
    });

    test("the current section is marked, and the phone menu opens without a script", async ({ page }) => {
      await page.goto("/en/meetings");
      const bar = page.getByRole("navigation", { name: "Main navigation" });
      await expect(bar.getByRole("link", { name: "Meetings" })).toHaveAttribute("aria-current", "page");
      await expect(bar.getByRole("link", { name: "News" })).not.toHaveAttribute("aria-current", /.+/);
      await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
      await expect(bar.getByRole("link", { name: "Meetings" })).toHaveAttribute("aria-current", "true");

      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto("/en/news");
      const header = page.locator("header").first();
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
      await expect(page.getByRole("link", { name: "Structures", exact: true })).toBeHidden();
      await page.locator("summary", { hasText: "Menu" }).click();
      const menu = page.getByRole("navigation", { name: "Main navigation" });
      await expect(menu.getByRole("link", { name: "Structures", exact: true })).toBeVisible();
      await expect(menu.getByRole("link", { name: "News" })).toHaveAttribute("aria-current", "page");
      await screenshotBoth(page, "header-menu-en");
    });

    test("a future meeting is never said to have been attended", async ({ page }) => {
      await page.goto(`/en/meetings/${SEED_SLUGS.upcomingWorkshopAsiaPacific}`);
      const attendees = page.locator('section[aria-labelledby="attendees"]');
      await expect(attendees).toContainText("organizations are expected");
      await expect(attendees).not.toContainText("took part");
      await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
      await expect(page.locator('section[aria-labelledby="attendees"]')).toContainText("took part");
    });

    test("a series page lists its meetings with an .ics feed, and meetings link to it and to their neighbours", async ({
      page,
      request,
    }) => {
      for (const locale of locales) {
        const response = await page.goto(`/${locale}/meetings/series/${series}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByTestId("series-meetings").getByRole("listitem")).toHaveCount(3);
      }
      await page.goto(`/en/meetings/series/${series}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Meetings of the Regional Structures of the WCO Europe Region",
      );
      await expect(page.getByTestId("series-meetings")).toContainText("No. 12");
      await expect(page.getByRole("link", { name: /Download the file/ })).toHaveAttribute(
        "href",
        `/en/meetings/series/${series}/calendar.ics`,
      );
      const calendar = await (await request.get(`/en/meetings/series/${series}/calendar.ics`)).text();
      const component = new ICAL.Component(ICAL.parse(calendar));
      expect(component.getAllSubcomponents("vevent")).toHaveLength(3);
      expect(calendar).toContain("NAME:Meetings of the Regional Structures of the WCO Europe Region");

      await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
      const nav = page.getByRole("navigation", { name: "In this series" });
      await expect(
        nav.getByRole("link", { name: "Meetings of the Regional Structures of the WCO Europe Region" }),
      ).toHaveAttribute("href", `/en/meetings/series/${series}`);
      await expect(nav.getByRole("link", { name: /10th Meeting/ })).toHaveAttribute(
        "href",
        "/en/meetings/10th-meeting-regional-structures-europe-2020",
      );
      await expect(nav.getByRole("link", { name: /12th Meeting/ })).toHaveAttribute(
        "href",
        "/en/meetings/12th-meeting-regional-structures-europe-2022",
      );
      expect((await page.goto("/en/meetings/series/no-such-series"))?.status()).toBe(404);
    });

    test("an organization page lists its published meetings and roles, never its people", async ({ page }) => {
      await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
      await page
        .locator('section[aria-labelledby="attendees"]')
        .getByRole("link", { name: "OSCE Programme Office in Bishkek" })
        .click();
      await expect(page).toHaveURL(`/en/organizations/${osce}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("OSCE Programme Office in Bishkek");
      const list = page.getByTestId("organization-meetings");
      await expect(list).toContainText("11th Meeting of the Regional Structures");
      await expect(list).toContainText("Role: Partners and supporters");
      const html = await page.content();
      expect(html).not.toContain("Maria Beispiel");
      expect(html).not.toContain(SEED_PEOPLE.privateAttendeeName);
      for (const locale of locales) expect((await page.goto(`/${locale}/organizations/${osce}`))?.status()).toBe(200);
      expect((await page.goto("/en/organizations/no-such-organization"))?.status()).toBe(404);
    });
  });
}

test.describe("open data", () => {
  test("the API lists published meetings with filters, pages and ?locale=, one cached view per request", async ({
    request,
  }) => {
    const response = await request.get(
      "/api/v1/meetings?region=eur&locale=ru&from=2021-01-01&to=2021-12-31&utm_source=x",
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body.data.map((m: { slug: string }) => m.slug)).toEqual([SEED_SLUGS.bishkek2021]);
    expect(body.data[0]).toMatchObject({
      language: "ru",
      city: "Бишкек",
      country: { code: "KG", name: "Кыргызстан" },
      region: "eur",
      series: { slug: series, number: 11 },
    });
    expect(body.meta).toMatchObject({ page: 1, total: 1, locale: "ru" });
    const same = await (
      await request.get("/api/v1/meetings?to=2021-12-31&junk=1&from=2021-01-01&locale=RU&region=EUR")
    ).json();
    expect(same).toEqual(body);

    const series2 = await (await request.get(`/api/v1/meetings?series=${series}&pageSize=2`)).json();
    expect(series2.data).toHaveLength(2);
    expect(series2.links.next).toMatch(/page=2/);
    const page2 = await (
      await request.get(new URL(series2.links.next).pathname + new URL(series2.links.next).search)
    ).json();
    expect(page2.data).toHaveLength(1);

    const all = await (await request.get("/api/v1/meetings?pageSize=100")).json();
    expect(all.data.map((m: { slug: string }) => m.slug)).not.toContain(SEED_SLUGS.draftMeeting);
    const detail = await (await request.get(`/api/v1/meetings/${SEED_SLUGS.bishkek2021}?locale=es`)).json();
    expect(detail.data.language).toBe("en");
    expect(JSON.stringify(detail)).not.toContain(SEED_PEOPLE.publicAttendeeName);
    expect(JSON.stringify(detail)).not.toContain(SEED_PEOPLE.privateAttendeeEmail);
    expect((await request.get(`/api/v1/meetings/${SEED_SLUGS.draftMeeting}`)).status()).toBe(404);
    expect((await request.get("/api/v1/nothing")).status()).toBe(404);
    expect((await request.get(`/api/v1/view/${Buffer.from("meetings?junk=1").toString("base64url")}`)).status()).toBe(
      404,
    );

    const structures = await (await request.get("/api/v1/structures?region=eur&kind=rtc&locale=fr")).json();
    expect(structures.data.map((s: { slug: string }) => s.slug)).toContain(SEED_SLUGS.rtcBishkek);
    const regions = await (await request.get("/api/v1/regions?locale=ar")).json();
    expect(regions.data).toHaveLength(6);
    const eur = await (await request.get("/api/v1/regions/eur")).json();
    expect(eur.data.countries.length).toBe(51);
    const news = await (await request.get("/api/v1/news?locale=ru")).json();
    expect(news.data.length).toBeGreaterThan(0);
  });

  test("the OpenAPI document is valid and describes the API", async ({ request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/meetings", "/meetings/{slug}", "/structures", "/regions", "/news"]),
    );
  });

  test("the news JSON Feed is valid JSON Feed 1.1 in every language", async ({ request }) => {
    for (const locale of locales) {
      const response = await request.get(`/${locale}/news/feed.json`);
      expect(response.headers()["content-type"]).toContain("application/feed+json");
      const feed = await response.json();
      expect(jsonFeedErrors(feed), locale).toEqual([]);
      expect(feed.language).toBe(locale);
      expect(feed.items.length).toBeGreaterThan(0);
    }
  });

  test("pages carry valid schema.org JSON-LD: Event, NewsArticle, GovernmentOrganization", async ({ page }) => {
    await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
    const [event] = await jsonLdOf(page);
    expect(jsonLdErrors(event)).toEqual([]);
    expect(event).toMatchObject({
      "@type": "Event",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
    });
    await page.goto(`/en/news/${SEED_SLUGS.bishkek2021News}`);
    const [article] = await jsonLdOf(page);
    expect(jsonLdErrors(article)).toEqual([]);
    await page.goto(`/ar/structures/${SEED_SLUGS.rtcBishkek}`);
    const [structure] = await jsonLdOf(page);
    expect(jsonLdErrors(structure)).toEqual([]);
    await page.goto("/en/meetings/10th-meeting-regional-structures-europe-2020");
    const [online] = await jsonLdOf(page);
    expect(jsonLdErrors(online)).toEqual([]);
    expect(online).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation" },
    });
  });

  test("calendars are named (RFC 7986), with categories and all-day spans", async ({ request }) => {
    const text = await (await request.get("/fr/meetings/calendar.ics?region=eur")).text();
    expect(text).toMatch(/\r\nNAME:/);
    expect(text).toMatch(/\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n/);
    // The 2021 meeting is older than the region calendar's 12 months: its own calendar has it.
    const own = await (await request.get(`/fr/meetings/${SEED_SLUGS.bishkek2021}/calendar.ics`)).text();
    expect(own).toMatch(/\r\nNAME:/);
    const events = new ICAL.Component(ICAL.parse(own)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const bishkek = events.find((e) => e.summary.startsWith("11th Meeting"))!;
    expect(bishkek.startDate.isDate).toBe(true);
    expect(bishkek.component.getFirstPropertyValue("categories")).toBe("Réunion des structures régionales");
  });
});

test.describe("accessibility and screenshots of the new pages", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`axe finds no violations in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/regions/eur`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `map-eur-${locale}`);
      await page.goto(`/${locale}/regions`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `map-world-${locale}`);
      await page.goto(`/${locale}/meetings/series/${series}`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `series-${locale}`);
      await page.goto(`/${locale}/organizations/${osce}`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `organization-${locale}`);
      await page.goto(`/${locale}/meetings`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/search?q=${locale === "en" ? "Bishek" : "zzzqqq"}`);
      await expectNoAxeViolations(page);
    });
  }

  test("map markers are reached with the keyboard", async ({ page }) => {
    await page.goto("/en/regions/eur");
    const marker = page.getByTestId("region-map").locator(`a[data-slug="${SEED_SLUGS.rtcBishkek}"]`);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press("Tab");
      reached = await marker.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/en/structures/${SEED_SLUGS.rtcBishkek}`);
  });
});
