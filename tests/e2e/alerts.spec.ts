import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { insertPublishedNews, sql } from "./support/database";
import { screenshotBoth } from "./support/screenshots";

// E-mail alerts, the journey of the issue: a visitor without JavaScript
// subscribes to the Europe region in Russian, confirms, receives a news item
// within a minute of its publication, and unsubscribes in one click; the
// pages carrying the form stay cached. (The e2e server writes mail to its
// outbox; the integration tests use a real SMTP server.)

const OUTBOX = path.resolve(".data/e2e-outbox");
type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  sentAt: string;
};

function mailsTo(email: string): Mail[] {
  let files: string[] = [];
  try {
    files = readdirSync(OUTBOX).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .map((f) => JSON.parse(readFileSync(path.join(OUTBOX, f), "utf8")) as Mail)
    .filter((m) => m.to === email)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

const unique = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;

test.describe("e-mail alerts without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the pages carrying the subscribe form are still served from the cache", async ({ request }) => {
    for (const url of ["/en/regions/eur", "/ar/structures/rocb-europe", "/en/news", "/ru/meetings"]) {
      await request.get(url);
      const again = await request.get(url);
      expect(again.headers()["x-portal-cache"], url).toBe("HIT");
      const html = await again.text();
      expect(html, url).toContain('action="/api/alerts/subscribe"');
      expect(again.headers()["set-cookie"] ?? "", url).not.toContain("session");
    }
  });

  test("subscribe to Europe in Russian, confirm, receive a news item within a minute, unsubscribe in one click", async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    const email = unique("reader");
    await page.goto("/ru/regions/eur");
    const form = page.locator('form[action="/api/alerts/subscribe"]');
    await expect(form).toBeVisible();
    await form.getByLabel("Адрес электронной почты").fill(email);
    await expect(form.getByLabel("Язык писем")).toHaveValue("ru");
    await form.getByRole("button", { name: "Подписаться" }).click();
    await expect(page).toHaveURL(/\/ru\/alerts\/sent$/);
    await expect(page.getByRole("heading", { name: "Проверьте почту" })).toBeVisible();

    await expect.poll(() => mailsTo(email).length).toBe(1);
    const confirmation = mailsTo(email)[0];
    expect(confirmation.subject).toContain("Подтвердите");
    const link = /https?:\/\/\S+\/ru\/alerts\/confirm\?token=[\w-]+/.exec(confirmation.text)![0];
    await page.goto(new URL(link).pathname + new URL(link).search);
    await page.getByRole("button", { name: "Подтвердить подписку" }).click();
    await expect(page.getByText("Подписка подтверждена.")).toBeVisible();
    await expect(page.getByTestId("alert-subscriptions")).toContainText("Европа");

    const slug = `alerts-journey-${Date.now().toString(36)}`;
    const { id } = await insertPublishedNews({ title: "Customs laboratories meet in Riga", slug });
    await sql(
      `INSERT INTO "NewsTranslation" ("articleId", locale, title, excerpt, body, status, "publishedAt", "updatedAt")
       VALUES ($1, 'ru', 'Таможенные лаборатории собрались в Риге', '', '', 'PUBLISHED', now(), now())`,
      [id],
    );
    const published = Date.now();
    await expect.poll(() => mailsTo(email).length, { timeout: 60_000, intervals: [1000] }).toBe(2);
    expect(Date.now() - published).toBeLessThan(60_000);
    const alert = mailsTo(email)[1];
    expect(alert.subject).toContain("Таможенные лаборатории собрались в Риге");
    expect(alert.text).toContain(`/ru/news/${slug}`);
    expect(alert.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /<([^>]+)>/.exec(alert.headers!["List-Unsubscribe"])![1];

    // RFC 8058: the provider's POST, with no cookie and from its own origin.
    const target = new URL(oneClick);
    const response = await request.post(target.pathname + target.search, {
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.net" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(response.status()).toBe(200);
    const manage = /https?:\/\/\S+\/ru\/alerts\/manage\?token=\S+/.exec(alert.text)![0];
    await page.goto(new URL(manage).pathname + new URL(manage).search);
    await expect(page.getByText("На ваш адрес не приходит ни одно оповещение.")).toBeVisible();
  });

  test("a bad address comes back with the error and the input kept", async ({ page }) => {
    await page.goto("/en/regions/eur");
    const form = page.locator('form[action="/api/alerts/subscribe"]');
    await form.getByLabel("E-mail address").fill("not-an-address@");
    // The browser's own check is off without JavaScript's help only when novalidate: submit through the server.
    await form.evaluate((element) => element.setAttribute("novalidate", ""));
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/en\/alerts\/subscribe\?/);
    await expect(page.getByText("Enter an e-mail address such as name@example.org.")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-address@");
  });
});

test("screenshots of the subscribe form, the confirmation and the manage page (English and Arabic)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const locale of ["en", "ar"] as const) {
    await page.goto(`/${locale}/regions/eur`);
    await page.locator('form[action="/api/alerts/subscribe"]').scrollIntoViewIfNeeded();
    await screenshotBoth(page, `alerts-region-form-${locale}`);
    const email = unique(`shot-${locale}`);
    await page.locator('form[action="/api/alerts/subscribe"] input[name="email"]').fill(email);
    await page.locator('form[action="/api/alerts/subscribe"] button[type="submit"]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/alerts/sent$`));
    await expect.poll(() => mailsTo(email).length).toBe(1);
    const link = /https?:\/\/\S+\/alerts\/confirm\?token=[\w-]+/.exec(mailsTo(email)[0].text)![0];
    await page.goto(new URL(link).pathname + new URL(link).search);
    await screenshotBoth(page, `alerts-confirm-${locale}`);
    await page.locator('form[action="/api/alerts/confirm"] button').click();
    await expect(page.getByTestId("alert-subscriptions")).toBeVisible();
    await screenshotBoth(page, `alerts-manage-${locale}`);
  }
});
