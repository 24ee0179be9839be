import { expect, test, type Page } from "@playwright/test";
import { SEED_SLUGS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotBoth } from "./support/screenshots";

const bishkekTitle = "11th Meeting of the Regional Structures of the WCO Europe Region";

/** Every label of the region map, measured in the browser, lies inside the map (its viewBox). */
async function mapLabelsInsideFrame(page: Page) {
  return page.getByTestId("region-map").evaluate((svg) => {
    const frame = (svg as SVGSVGElement).viewBox.baseVal;
    const texts = [...svg.querySelectorAll("text")].map((text) => (text as SVGTextElement).getBBox());
    const visible = texts.filter((box) => box.width > 0);
    return {
      count: visible.length,
      inside: visible.every(
        (box) =>
          box.x >= frame.x &&
          box.y >= frame.y &&
          box.x + box.width <= frame.x + frame.width &&
          box.y + box.height <= frame.y + frame.height,
      ),
    };
  });
}

test.describe("structures directory without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by region and kind with the GET form, then pages", async ({ page }) => {
    const response = await page.goto("/en/structures");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Regional structures" })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/^\d+ results$/);
    await expect(page.getByRole("heading", { level: 2, name: "Europe" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of 2");

    await page.getByLabel("Region").selectOption("eur");
    await page.getByLabel("Type of structure").selectOption("rtc");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\/structures\?region=eur&kind=rtc$/);
    await expect(page.getByTestId("result-count")).toHaveText("6 results");
    await expect(page.getByLabel("Region")).toHaveValue("eur");
    await expect(page.getByLabel("Type of structure")).toHaveValue("rtc");
    const cards = page.locator("main article");
    await expect(cards).toHaveCount(6);
    await expect(cards.filter({ hasText: "Regional Office for Capacity Building" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "WCO Regional Training Centre Bishkek" })).toHaveAttribute(
      "href",
      `/en/structures/${SEED_SLUGS.rtcBishkek}`,
    );
    await expect(
      page.locator("main article").filter({ hasText: "WCO Regional Training Centre Bishkek" }),
    ).toContainText("Bishkek, Kyrgyzstan");
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/en\/structures$/);
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/en\/structures\?page=2$/);
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 2 of 2");
  });

  test("a Vice-Chair filter in French keeps the French interface", async ({ page }) => {
    await page.goto("/fr/structures?kind=vice-chair");
    await expect(page.getByTestId("result-count")).toHaveText("6 résultats");
    await expect(page.locator("main article")).toHaveCount(6);
    await expect(page.getByRole("link", { name: "Bureau du vice-président pour la région Europe" })).toBeVisible();
  });

  test("bad filter values are ignored", async ({ page }) => {
    const response = await page.goto("/en/structures?region=zzz&kind=embassy&page=abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel("Region")).toHaveValue("");
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of 2");
  });
});

test.describe("structure profiles", () => {
  test("RTC Bishkek shows its contacts, history and the 2021 meeting it hosted", async ({ page }) => {
    const response = await page.goto(`/en/structures/${SEED_SLUGS.rtcBishkek}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("WCO Regional Training Centre Bishkek");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const facts = page.getByRole("complementary");
    await expect(facts.getByRole("link", { name: "rtc.bishkek@example.org" })).toHaveAttribute(
      "href",
      "mailto:rtc.bishkek@example.org",
    );
    await expect(facts.getByRole("link", { name: "+996 312 000 000" })).toHaveAttribute("href", "tel:+996312000000");
    await expect(facts.getByRole("link", { name: "rtc-bishkek.example.org" })).toHaveAttribute(
      "href",
      "https://rtc-bishkek.example.org",
    );
    await expect(facts).toContainText("11 Example street, Bishkek 720000");
    await expect(facts).toContainText("Aibek Misalov");
    await expect(facts).toContainText("State Customs Committee of the Kyrgyz Republic");
    await expect(facts).toContainText("1 April 2019");
    await expect(facts.getByRole("link", { name: "Europe" })).toHaveAttribute("href", "/en/regions/eur");

    const history = page.locator('section[aria-labelledby="history"]');
    await expect(history).toContainText("Opened as the newest WCO Regional Training Centre");
    const hosted = page.locator('section[aria-labelledby="meetings-hosted"]');
    await expect(hosted.getByRole("link", { name: bishkekTitle })).toHaveAttribute(
      "href",
      `/en/meetings/${SEED_SLUGS.bishkek2021}`,
    );
    await expect(hosted).toContainText("12–15 October 2021");
    await expect(page.locator(`a[href*="${SEED_SLUGS.draftMeeting}"]`)).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText("Confidential");
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  test("ROCB Americas shows its relocation from Buenos Aires to Montevideo", async ({ page }) => {
    await page.goto(`/en/structures/${SEED_SLUGS.rocbAmericas}`);
    const history = page.locator('section[aria-labelledby="history"]');
    await expect(history.getByRole("listitem")).toHaveCount(2);
    await expect(history.getByRole("listitem").nth(0)).toContainText("Buenos Aires, Argentina");
    await expect(history.getByRole("listitem").nth(1)).toContainText("Relocation");
    await expect(history.getByRole("listitem").nth(1)).toContainText("Montevideo, Uruguay");
    await expect(history.getByRole("listitem").nth(1)).toContainText("1 January 2013");
  });

  test("ROCB Europe lists the meetings it organized, without the draft", async ({ page }) => {
    await page.goto(`/ru/structures/${SEED_SLUGS.rocbEurope}`);
    const organized = page.locator('section[aria-labelledby="meetings-organized"]');
    await expect(organized.locator(`a[href="/ru/meetings/${SEED_SLUGS.bishkek2021}"]`)).toBeVisible();
    await expect(page.locator(`a[href*="${SEED_SLUGS.draftMeeting}"]`)).toHaveCount(0);
  });

  test("a Spanish visitor sees the English text with the notice", async ({ page }) => {
    await page.goto(`/es/structures/${SEED_SLUGS.rtcBishkek}`);
    await expect(page.getByRole("note")).toContainText("se muestra en inglés");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });

  test("an unknown structure is a 404", async ({ page }) => {
    const response = await page.goto("/en/structures/no-such-structure");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});

test.describe("region pages", () => {
  test("/en/regions/eur shows the map with Bishkek and the member countries", async ({ page }) => {
    const response = await page.goto("/en/regions/eur");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Europe");
    const map = page.getByRole("group", { name: /structures in the region Europe/ });
    await expect(map).toBeVisible();
    await expect(map.locator(`a[data-slug="${SEED_SLUGS.rtcBishkek}"] title`)).toHaveText(
      /WCO Regional Training Centre Bishkek.*Bishkek, Kyrgyzstan/,
    );
    await expect(map.locator("text", { hasText: "Bishkek" })).toHaveCount(1);
    await expect(page.locator("figcaption")).toContainText("Regional Training Centre");

    const structures = page.locator('section[aria-labelledby="structures"]');
    await expect(
      structures.getByRole("link", { name: "WCO Regional Training Centre Bishkek", exact: true }),
    ).toHaveAttribute("href", `/en/structures/${SEED_SLUGS.rtcBishkek}`);
    await expect(structures.getByRole("heading", { level: 3, name: "Regional Training Centres" })).toBeVisible();

    const countries = page.getByTestId("member-countries").getByRole("listitem");
    await expect(countries).toHaveCount(51);
    const names = await countries.allTextContents();
    expect(names).toContain("Kyrgyzstan");
    expect(names).toContain("United Kingdom");
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));

    await expect(page.getByRole("link", { name: "All meetings of the region" }).first()).toHaveAttribute(
      "href",
      "/en/meetings?region=eur",
    );
    await expect(page.locator(`a[href="/en/meetings/${SEED_SLUGS.bishkek2021}"]`)).toBeVisible();
    await expect(page.locator(`a[href*="${SEED_SLUGS.draftMeeting}"]`)).toHaveCount(0);
  });

  test("the map's labels stay inside its frame on a phone and on a desktop", async ({ page }) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const code of ["eur", "ap", "ams", "esa", "wca", "mena"]) {
        await page.goto(`/en/regions/${code}`);
        const labels = await mapLabelsInsideFrame(page);
        expect(labels.count, `${code} at ${width}px`).toBeGreaterThan(0);
        expect(labels.inside, `${code} at ${width}px`).toBe(true);
      }
    }
  });

  test("member countries follow the collation of the visitor's language", async ({ page }) => {
    await page.goto("/fr/regions/mena");
    const names = await page.getByTestId("member-countries").getByRole("listitem").allTextContents();
    expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("Irak"));
    expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));
  });

  test("the home page's region cards lead to the region pages", async ({ page }) => {
    await page.goto("/en");
    await page
      .locator('section[aria-labelledby="regions"]')
      .getByRole("link", { name: "West and Central Africa" })
      .click();
    await expect(page).toHaveURL(/\/en\/regions\/wca$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("West and Central Africa");
  });

  for (const path of ["/xx/regions/zzz", "/en/regions/zzz", "/en/regions/EUR"]) {
    test(`${path} is a 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});

test.describe("accessibility and screenshots", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`axe finds no violations on the structures pages in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/structures`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `structures-${locale}`);

      await page.goto(`/${locale}/structures/${SEED_SLUGS.rtcBishkek}`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `structure-rtc-bishkek-${locale}`);

      await page.goto(`/${locale}/regions/eur`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `region-eur-${locale}`);
    });
  }

  test("Arabic pages are right-to-left", async ({ page }) => {
    await page.goto(`/ar/structures/${SEED_SLUGS.rocbEurope}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("المكتب الإقليمي لبناء القدرات لإقليم أوروبا");
    await expect(page.getByRole("note")).toHaveCount(0);
  });
});
