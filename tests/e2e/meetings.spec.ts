import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { SEED_PEOPLE, SEED_SLUGS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotBoth } from "./support/screenshots";

function parseCalendar(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
}

test.describe("meetings", () => {
  test("a Spanish visitor sees the 2011 Brussels meeting in English with the Spanish notice", async ({ page }) => {
    await page.goto(`/es/meetings/${SEED_SLUGS.brussels2011}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("note")).toHaveText(
      "Esta página no está disponible en el idioma seleccionado; se muestra en inglés.",
    );
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("Sixth Informal Meeting");
    await expect(heading).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Reuniones relacionadas" })).toBeVisible();
    await expect(page.locator("main")).toContainText("Capacity Building Committee");
  });

  test("a Russian visitor reads the 2021 Bishkek meeting in Russian", async ({ page }) => {
    await page.goto(`/ru/meetings/${SEED_SLUGS.bishkek2021}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("совещание региональных структур");
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(page.locator("main")).toContainText("октября 2021");
    // The time zone by its name and offset, the country as the Russian texts name it.
    await expect(page.locator("main")).toContainText("Кыргызстан (GMT+6)");
    await expect(page.locator("main")).not.toContainText("Asia/Bishkek");
    await expect(page.locator("main")).toContainText("Бишкек, Кыргызстан");
    await expect(page.getByRole("link", { name: /\.ics/ })).toHaveAttribute(
      "href",
      `/ru/meetings/${SEED_SLUGS.bishkek2021}/calendar.ics`,
    );
  });

  test("the meeting page shows attendees by role, with consenting people only", async ({ page }) => {
    await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
    const attendees = page.locator("section", { has: page.getByRole("heading", { name: "Attendees" }) });
    await expect(attendees.getByRole("heading", { name: "Host" })).toBeVisible();
    await expect(attendees.getByRole("heading", { name: "Partners and supporters" })).toBeVisible();
    await expect(attendees).toContainText("OSCE");
    await expect(attendees).toContainText(SEED_PEOPLE.publicAttendeeName);
    const html = await page.content();
    expect(html).not.toContain(SEED_PEOPLE.privateAttendeeName);
    expect(html).not.toContain(SEED_PEOPLE.privateAttendeeEmail);
    expect(html).not.toContain(SEED_PEOPLE.privateAttendeePhone);
    await expect(page.getByRole("heading", { name: "Outcomes and decisions" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Agenda" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("filters and pagination work as plain links and forms", async ({ page }) => {
      await page.goto("/en/meetings");
      await expect(page.getByRole("status")).toContainText(/\d+ results/);
      // The list's own filters (the page also carries the e-mail alerts box, with its own region field).
      const filters = page.getByRole("form", { name: "Filter", exact: true });
      await filters.getByLabel("Region").selectOption("eur");
      await filters.getByLabel("Year").selectOption("2021");
      await filters.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/region=eur/);
      await expect(page).toHaveURL(/year=2021/);
      await expect(page.getByRole("status")).toHaveText("1 result");
      await expect(page.getByRole("link", { name: /11th Meeting of the Regional Structures/ })).toBeVisible();

      await page.goto("/en/meetings");
      const next = page.getByRole("link", { name: /Next/ });
      await expect(next).toBeVisible();
      await next.click();
      await expect(page).toHaveURL(/page=2/);
      await expect(page.getByText("Page 2 of")).toBeVisible();
      await expect(page.getByRole("link", { name: /Previous/ })).toBeVisible();
    });
  });

  test("the draft meeting is absent from lists, calendars and its URL", async ({ page, request }) => {
    const response = await page.goto(`/en/meetings/${SEED_SLUGS.draftMeeting}`);
    expect(response?.status()).toBe(404);
    await page.goto("/en/meetings?region=eur");
    await expect(page.locator("main")).not.toContainText("Confidential");
    const calendar = await request.get("/en/meetings/calendar.ics");
    expect(await calendar.text()).not.toContain("Confidential");
    expect((await request.get(`/en/meetings/${SEED_SLUGS.draftMeeting}/calendar.ics`)).status()).toBe(404);
  });

  test("an unknown meeting is a localized 404", async ({ page }) => {
    const response = await page.goto("/fr/meetings/no-such-meeting");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });

  test("calendars parse with ical.js and narrow by region and structure", async ({ request }) => {
    const all = await request.get("/en/meetings/calendar.ics");
    expect(all.status()).toBe(200);
    expect(all.headers()["content-type"]).toContain("text/calendar");
    const events = parseCalendar(await all.text());
    expect(events.length).toBeGreaterThan(5);
    const europe = parseCalendar(await (await request.get("/en/meetings/calendar.ics?region=eur")).text());
    expect(europe.length).toBeGreaterThan(0);
    expect(europe.length).toBeLessThan(events.length);
    const bishkek = parseCalendar(
      await (await request.get(`/en/meetings/calendar.ics?structure=${SEED_SLUGS.rtcBishkek}`)).text(),
    );
    // The next meetings of the centre, and the past ones of the last 12 months; older ones are in their own calendars and the API.
    expect(bishkek.map((e) => e.summary)).toContain("Europe Regional Workshop on Integrity in Customs Training");
    expect(bishkek.map((e) => e.summary)).not.toContain(
      "11th Meeting of the Regional Structures of the WCO Europe Region",
    );

    const one = await request.get(`/ru/meetings/${SEED_SLUGS.bishkek2021}/calendar.ics`);
    const [event] = parseCalendar(await one.text());
    expect(event.summary).toContain("совещание");
    // Four days at the venue: an all-day span from 12 to 15 October (DTEND exclusive), times in the description.
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2021-10-12");
    expect(event.endDate.toString()).toBe("2021-10-16");
    expect(event.description).toContain("09:00–17:00");
    expect(event.location).toContain("Бишкек, Кыргызстан");
  });

  for (const locale of ["en", "ar"]) {
    test(`meeting pages pass axe in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/meetings`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `meetings-${locale}`);
      await page.goto(`/${locale}/meetings/${SEED_SLUGS.bishkek2021}`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `meeting-${locale}`);
    });
  }
});

test.describe("search", () => {
  test("finds the Bishkek meeting by 'Bishkek' in English and 'Бишкек' in Russian", async ({ page }) => {
    await page.goto("/en/search?q=Bishkek");
    await expect(
      page.getByRole("link", { name: "11th Meeting of the Regional Structures of the WCO Europe Region" }),
    ).toBeVisible();
    await expect(page.locator("mark").first()).toHaveText(/Bishkek/);
    await page.goto("/ru/search");
    await page.getByRole("searchbox").fill("Бишкек");
    await page.getByRole("button", { name: "Найти" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByRole("link", { name: /11-е совещание региональных структур/ })).toBeVisible();
  });

  test("never shows the draft meeting", async ({ page }) => {
    await page.goto("/en/search?q=Confidential");
    await expect(page.locator("main")).not.toContainText(SEED_SLUGS.draftMeeting);
    await expect(page.locator(`a[href*="${SEED_SLUGS.draftMeeting}"]`)).toHaveCount(0);
  });

  for (const locale of ["en", "ar"]) {
    test(`search passes axe in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=${locale === "en" ? "training" : "التدريب"}`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `search-${locale}`);
    });
  }
});

test.describe("sitemap and robots", () => {
  test("the sitemap index lists files of every public record, with hreflang alternates, never drafts", async ({
    request,
  }) => {
    const index = await request.get("/sitemap.xml");
    expect(index.status()).toBe(200);
    const indexXml = await index.text();
    expect(indexXml).toContain("<sitemapindex");
    const files = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(files).toEqual(
      expect.arrayContaining([
        "/sitemaps/pages.xml",
        "/sitemaps/meetings-0.xml",
        "/sitemaps/news-0.xml",
        "/sitemaps/structures-0.xml",
      ]),
    );
    const xml = (await Promise.all(files.map(async (file) => (await request.get(file)).text()))).join("\n");
    expect(xml).toContain(`/en/meetings/${SEED_SLUGS.bishkek2021}</loc>`);
    expect(xml).toContain(`hreflang="ar"`);
    expect(xml).toContain(`/ru/meetings/${SEED_SLUGS.bishkek2021}`);
    expect(xml).toContain("/en/regions/eur</loc>");
    expect(xml).not.toContain(SEED_SLUGS.draftMeeting);
    expect((await request.get("/sitemaps/meetings-99.xml")).status()).toBe(404);
  });

  test("robots.txt points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
    expect(text).toContain("Disallow: /*/staff");
  });

  test("pages declare canonical, hreflang and OpenGraph", async ({ page }) => {
    await page.goto(`/fr/meetings/${SEED_SLUGS.bishkek2021}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/fr/meetings/${SEED_SLUGS.bishkek2021}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute(
      "href",
      new RegExp(`/ru/meetings/${SEED_SLUGS.bishkek2021}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /11th Meeting/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
  });
});
