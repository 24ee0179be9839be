// Issue 22: every name the site shows, in any language and script, finds its
// records from every interface language (Arabic typed with or without its
// optional marks, typos included); countries are named as the WCO and the UN
// write them on every page.
import { expect, test } from "@playwright/test";
import { SEED_SLUGS } from "../../prisma/seed/keys";
import { screenshotBoth } from "./support/screenshots";

// [interface language, typed name, a record it finds]: 27 names in Latin,
// Cyrillic and Arabic script, with accents, without them, with diacritics,
// tatweel, a missing hamza, a typo; cities, countries, structure and organization names.
const names: [string, string, string][] = [
  ["es", "Biskek", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ar", "بيشكيك", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ar", "بِيشْكِيك", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ar", "بيشكيـــك", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["en", "Бишкек", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["es", "Bichkek", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["fr", "Bishkeck", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ar", "Kirguistán", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["en", "قيرغيزستان", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["es", "Кыргызстан", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ru", "Kirghizstan", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ar", "Centre régional de formation de l’OMD à Bichkek", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["es", "Региональный учебный центр ВТамО в Бишкеке", `/structures/${SEED_SLUGS.rtcBishkek}`],
  ["ar", "Le Caire", "/structures/rtc-egypt"],
  ["fr", "القاهره", "/structures/rtc-egypt"],
  ["en", "ابيدجان", "/structures/rocb-west-central-africa"],
  ["ar", "Abiyán", "/structures/rocb-west-central-africa"],
  ["ar", "Moscú", `/structures/${SEED_SLUGS.rtcMoscow}`],
  ["es", "Москва", `/structures/${SEED_SLUGS.rtcMoscow}`],
  ["ru", "Bruselas", `/meetings/${SEED_SLUGS.brussels2011}`],
  ["ar", "الرياض", "/structures/rtc-saudi-arabia"],
  ["es", "Эр-Рияд", "/structures/rtc-saudi-arabia"],
  ["ru", "Cote d'Ivoire", "/structures/rocb-west-central-africa"],
  ["fr", "Egipto", "/structures/rtc-egypt"],
  ["en", "Национальное таможенное управление Уругвая", "/meetings/americas-workshop-project-map-montevideo-2026"],
  ["es", "المديرية الوطنية للجمارك في أوروغواي", "/meetings/americas-workshop-project-map-montevideo-2026"],
  ["ar", "Direction nationale des douanes de l’Uruguay", "/meetings/americas-workshop-project-map-montevideo-2026"],
];

test.describe("search by every name shown, from every interface language", () => {
  for (const [locale, query, path] of names) {
    test(`/${locale}: «${query}» finds ${path}`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator(`main ol > li a[href="/${locale}${path}"]`).first()).toBeVisible();
    });
  }

  test("screenshots of results from the Spanish and Arabic interfaces", async ({ page }) => {
    await page.goto("/es/search?q=Biskek");
    await expect(page.locator("main ol > li").first()).toBeVisible();
    await screenshotBoth(page, "search-names-es");
    await page.goto(`/ar/search?q=${encodeURIComponent("بيشكيك")}`);
    await expect(page.locator("main ol > li").first()).toBeVisible();
    await screenshotBoth(page, "search-names-ar");
  });
});

test("countries are named as the WCO and the UN write them on the pages", async ({ page }) => {
  for (const locale of ["en", "fr", "es", "ru", "ar"]) {
    for (const region of ["ap", "wca"]) {
      await page.goto(`/${locale}/regions/${region}`);
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      expect(text, `${locale} ${region}`).not.toMatch(/ - |&|\bSAR\b|САР|R\.A\.S\.|\bRAE\b|الإدارية الخاصة/);
    }
  }
  await page.goto("/en/regions/ap");
  await expect(page.locator("main")).toContainText("Hong Kong, China");
  // The API gives the same names: every country of every region, in every locale.
  const marks = / - |&|\bSAR\b|САР|R\.A\.S\.|\bRAE\b|الإدارية الخاصة/;
  let named = 0;
  for (const locale of ["en", "fr", "es", "ru", "ar"])
    for (const region of ["eur", "ap", "ams", "esa", "wca", "mena"]) {
      const response = await page.request.get(`/api/v1/regions/${region}?locale=${locale}`);
      expect(response.status()).toBe(200);
      const { data } = (await response.json()) as { data: { countries: { code: string; name: string }[] } };
      for (const country of data.countries) {
        expect(country.name, `${locale} ${country.code}`).not.toMatch(marks);
        named += 1;
      }
    }
  expect(named).toBeGreaterThanOrEqual(180 * 5);
  await page.goto("/ar/regions/wca");
  await expect(page.locator("main")).toContainText("جمهورية الكونغو الديمقراطية");
  await screenshotBoth(page, "countries-ar-wca");
  await page.goto("/en/regions/ap");
  await screenshotBoth(page, "countries-en-ap");
});
