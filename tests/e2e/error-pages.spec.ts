import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";

// Error pages are in the server's HTML, in the visitor's language, with lang
// and dir: readable by crawlers, curl and readers without JavaScript.

const notFoundTitles = {
  en: "Page not found",
  fr: "Page introuvable",
  es: "Página no encontrada",
  ru: "Страница не найдена",
  ar: "الصفحة غير موجودة",
} as const;

test.describe("error pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [locale, title] of Object.entries(notFoundTitles)) {
    test(`unknown slugs and paths are a localized 404 in ${locale}`, async ({ page }) => {
      for (const path of [
        `/${locale}/meetings/no-such-meeting`,
        `/${locale}/news/no-such-article`,
        `/${locale}/structures/no-such-structure`,
        `/${locale}/regions/atlantis`,
        `/${locale}/no/such/page`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
        await expect(page.locator("html"), path).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);
        await expect(page, path).toHaveTitle(new RegExp(`^${title} · `));
        await expect(
          page.getByRole("link", { name: /home|accueil|inicio|главную|الرئيسية/i }).first(),
          path,
        ).toBeVisible();
      }
    });
  }

  test("a path outside every language is a 404 that leads to each language", async ({ page }) => {
    const response = await page.goto("/no-such-file.txt");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("a page the account may not open is a localized 403", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.rtcBishkek, { locale: "ru" });
    const response = await page.goto("/ru/staff/users");
    expect(response?.status()).toBe(403);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Доступ запрещён");
  });
});

test.describe("requests the app cannot read", () => {
  test("malformed percent-encoding is a 400 with the usual headers", async ({ request }) => {
    for (const path of ["/en/%", "/en/meetings/%ZZ", "/uploads/%", "/fr/search/%E0%A4%A"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(await response.text(), path).toContain("<html lang=");
    }
  });

  test("a server action from another site's page is a 403, an unreadable form a 400", async ({ request, baseURL }) => {
    const crossSite = await request.post("/en/sign-in", {
      headers: {
        Origin: "https://evil.example",
        "Next-Action": "0".repeat(42),
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "[]",
    });
    expect(crossSite.status()).toBe(403);
    expect(crossSite.headers()["x-content-type-options"]).toBe("nosniff");
    const unreadable = await request.post("/en/sign-in", {
      headers: { Origin: baseURL!, "Content-Type": "multipart/form-data; boundary=xx" },
      data: "garbage",
    });
    expect(unreadable.status()).toBe(400);
    expect(unreadable.headers()["content-security-policy"]).toBeDefined();
  });

  test("the site has an icon; plain http gets no HSTS", async ({ page, request }) => {
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/");
    await page.goto("/en");
    await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
    expect((await request.get("/en")).headers()["strict-transport-security"]).toBeUndefined();
  });
});
