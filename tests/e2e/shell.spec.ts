import { expect, test } from "@playwright/test";
import { locales } from "../../i18n/routing";
import { SEED_SLUGS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotBoth } from "./support/screenshots";

test.describe("localized shell", () => {
  test("/ redirects by Accept-Language, then by the locale cookie", async ({ browser }) => {
    const french = await browser.newContext({
      locale: "fr-FR",
      extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" },
    });
    const page = await french.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await french.close();

    const unknown = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "de-DE" } });
    const other = await unknown.newPage();
    await other.goto("/");
    await expect(other).toHaveURL(/\/en$/);
    await other.goto("/ru");
    await other.goto("/");
    await expect(other).toHaveURL(/\/ru$/);
    await unknown.close();
  });

  for (const [locale, heading] of [
    ["en", "Upcoming meetings"],
    ["ru", "Предстоящие"],
  ] as const) {
    test(`/${locale} lists meetings and news from the database`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(heading) })).toBeVisible();
      await expect(page.locator(`a[href$="/meetings/${SEED_SLUGS.bishkek2021}"]`).first()).toBeVisible();
      await expect(page.locator(`section[aria-labelledby="news"] a[href*="/${locale}/news/"]`)).toHaveCount(4);
    });
  }

  test("/ar is right-to-left with the Arabic interface", async ({ page }) => {
    await page.goto("/ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("link", { name: "الأخبار", exact: true })).toBeVisible();
  });

  test("every locale renders its home page", async ({ page }) => {
    for (const locale of locales) {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("footer")).toContainText("186");
    }
  });

  test("the language switcher keeps the page", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("the draft meeting is nowhere on the home page", async ({ page }) => {
    for (const locale of ["en", "ru"]) {
      await page.goto(`/${locale}`);
      await expect(page.locator("main")).not.toContainText("Confidential");
      await expect(page.locator(`a[href*="${SEED_SLUGS.draftMeeting}"]`)).toHaveCount(0);
    }
  });

  test("an unknown page is a localized 404", async ({ page }) => {
    const response = await page.goto("/es/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the health endpoint reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
  });
});

test.describe("accessibility of the home page", () => {
  for (const locale of ["en", "ar"]) {
    test(`axe finds no violations on /${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `home-${locale}`);
    });
  }
});
