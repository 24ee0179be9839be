import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { SEED_SLUGS } from "../../prisma/seed/keys";
import { news as seededNews } from "../../prisma/seed/data/news";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotBoth } from "./support/screenshots";

const total = seededNews.length;
const articles = (page: import("@playwright/test").Page) => page.locator("main ul > li > article");

test.describe("news list without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("lists the newest news first, 12 per page, with working pagination", async ({ page }) => {
    expect(total).toBeGreaterThan(12);
    const response = await page.goto("/en/news");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
    await expect(page.getByText(`${total} results`)).toBeVisible();
    await expect(articles(page)).toHaveCount(12);
    await expect(articles(page).first().locator("time")).toBeVisible();
    await expect(page.getByText("Page 1 of 2")).toBeVisible();

    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/en\/news\?page=2$/);
    await expect(articles(page)).toHaveCount(total - 12);
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    // The oldest article of the seed is last.
    await expect(articles(page).last()).toContainText("Budapest hosts the first WCO Regional Training Centre");
    await page.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await expect(articles(page)).toHaveCount(12);
  });

  test("filters by region and topic with a GET form", async ({ page }) => {
    await page.goto("/en/news");
    // The list's own filters (the page also carries the e-mail alerts box, with its own region field).
    const filters = page.getByRole("form", { name: "Filter the news" });
    await expect(filters).toBeVisible();
    await filters.getByLabel("Region").selectOption("eur");
    await filters.getByLabel("Topic").selectOption("data-analysis");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\/news\?region=eur&topic=data-analysis$/);
    await expect(page.getByText("1 result", { exact: true })).toBeVisible();
    await expect(articles(page)).toHaveCount(1);
    await expect(page.locator(`main a[href="/en/news/${SEED_SLUGS.bishkek2021News}"]`)).toBeVisible();
    await expect(filters.getByLabel("Region")).toHaveValue("eur");
    await expect(filters.getByLabel("Topic")).toHaveValue("data-analysis");
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await expect(page.getByText(`${total} results`)).toBeVisible();
  });

  test("says so when nothing matches, and ignores bad filter values", async ({ page }) => {
    await page.goto("/en/news?region=mena&topic=integrity");
    await expect(page.getByText("No results")).toBeVisible();
    await expect(page.getByText("No published news matches these filters.")).toBeVisible();
    await expect(articles(page)).toHaveCount(0);

    const response = await page.goto("/en/news?region=atlantis&page=abc&topic=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByText(`${total} results`)).toBeVisible();
  });

  test("pages past the end are not found", async ({ page }) => {
    const response = await page.goto("/en/news?page=99");
    expect(response?.status()).toBe(404);
  });

  test("the list is translated, with the fallback badge on English-only articles", async ({ page }) => {
    await page.goto("/es/news?topic=e-learning");
    await expect(page.getByRole("heading", { level: 1, name: "Noticias" })).toBeVisible();
    const brussels = page
      .locator("main article")
      .filter({ has: page.locator(`a[href="/es/news/${SEED_SLUGS.brussels2011News}"]`) });
    await expect(brussels.getByText("Se muestra en inglés")).toBeVisible();
    await expect(brussels.locator("h2")).toHaveAttribute("lang", "en");
    await expect(brussels.getByText("Aprendizaje en línea")).toBeVisible();
  });

  test("links the RSS feed", async ({ page }) => {
    await page.goto("/fr/news");
    await expect(page.getByRole("link", { name: "Flux RSS" })).toHaveAttribute("href", "/fr/news/feed.xml");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      /\/fr\/news\/feed\.xml$/,
    );
  });
});

test.describe("news article", () => {
  test("a Spanish visitor reads the 2011 Brussels article in English, with the Spanish notice", async ({ page }) => {
    const response = await page.goto(`/es/news/${SEED_SLUGS.brussels2011News}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("note")).toHaveText(
      "Esta página no está disponible en el idioma seleccionado; se muestra en inglés.",
    );
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText("Regional structures compare notes in Brussels");
    await expect(title).toHaveAttribute("lang", "en");
    const body = page.locator("main .prose-portal");
    await expect(body).toHaveAttribute("lang", "en");
    await expect(body).toContainText("CLiKC!");
    await expect(page.locator(`main a[href="/es/meetings/${SEED_SLUGS.brussels2011}"]`)).toBeVisible();
    await expect(page.locator(`main a[href="/es/structures/${SEED_SLUGS.rocbAmericas}"]`)).toBeVisible();
  });

  test("a Russian visitor reads the 2021 Bishkek article in Russian", async ({ page }) => {
    const response = await page.goto(`/ru/news/${SEED_SLUGS.bishkek2021News}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Бишкеке");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(page.locator("main .prose-portal")).toContainText("совместный план действий");
    const meeting = page.locator(`main a[href="/ru/meetings/${SEED_SLUGS.bishkek2021}"]`);
    await expect(meeting).toBeVisible();
    await expect(page.locator("main aside")).toContainText("2021");
    for (const slug of [SEED_SLUGS.rocbEurope, SEED_SLUGS.rtcBishkek, SEED_SLUGS.rtcMoscow]) {
      await expect(page.locator(`main a[href="/ru/structures/${slug}"]`)).toBeVisible();
    }
    await expect(page.locator("main aside").getByRole("link", { name: "Анализ данных" })).toHaveAttribute(
      "href",
      "/ru/news?topic=data-analysis",
    );
    await expect(page.locator("main aside").getByRole("link", { name: "Европа" })).toHaveAttribute(
      "href",
      "/ru/news?region=eur",
    );
    // Not `head link`: Next streams metadata for browsers, so it may land in the body.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/ru/news/${SEED_SLUGS.bishkek2021News}$`),
    );
  });

  test("unknown and malformed slugs are a localized 404", async ({ page }) => {
    for (const path of ["/en/news/no-such-article", "/fr/news/Not_A_Slug", `/de/news/${SEED_SLUGS.bishkek2021News}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto("/fr/news/no-such-article");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  });
});

test.describe("news feed", () => {
  for (const locale of ["en", "ru"] as const) {
    test(`/${locale}/news/feed.xml is RSS 2.0 of the published news`, async ({ request }) => {
      const response = await request.get(`/${locale}/news/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      const xml = await response.text();
      expect(xml).toContain('<rss version="2.0"');
      const feed = await new Parser().parseString(xml);
      expect(feed.language).toBe(locale);
      expect(feed.items).toHaveLength(total);
      for (const item of feed.items) {
        expect(new URL(item.link ?? "").pathname).toMatch(new RegExp(`^/${locale}/news/[a-z0-9-]+$`));
        expect(item.guid).toBe(item.link);
        expect(item.pubDate).toBeTruthy();
        expect(item.title).toBeTruthy();
        expect(item.contentSnippet ?? item.content).toBeTruthy();
      }
      const bishkek = feed.items.find((item) => item.link?.endsWith(`/${locale}/news/${SEED_SLUGS.bishkek2021News}`));
      expect(bishkek?.title).toContain(locale === "ru" ? "Бишкеке" : "Bishkek");
      const dates = feed.items.map((item) => Date.parse(item.pubDate ?? ""));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  }

  test("an unknown locale has no feed", async ({ request }) => {
    const response = await request.get("/xx/news/feed.xml");
    expect(response.status()).toBe(404);
  });
});

test.describe("accessibility and looks of the news pages", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`axe finds no violations on the list and an article in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/news`);
      await expect(articles(page)).toHaveCount(12);
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `news-list-${locale}`);

      await page.goto(`/${locale}/news/${SEED_SLUGS.bishkek2021News}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `news-article-${locale}`);
    });
  }
});
