import { expect, test } from "@playwright/test";
import { insertPublishedMeeting, insertPublishedNews, sql } from "./support/database";
import { screenshotBoth } from "./support/screenshots";
import { mailsTo } from "./support/mails";
import { signInAs } from "./support/auth";
import { publishThrough } from "./support/publishing";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";

// E-mail alerts, the journey of the issue: a visitor without JavaScript
// subscribes to the Europe region in Russian, confirms, receives a news item
// within a minute of its publication, and unsubscribes in one click; the
// pages carrying the form stay cached. The e2e server sends mail to a real
// SMTP server (scripts/e2e-smtp.ts), which writes each message it receives
// to the outbox folder read here.

// What these journeys publish goes back to draft through the app at the end (which refreshes every cached
// page), so the journeys after them see the demo content only (news.spec counts the demo's articles).
const publishedHere: string[] = [];
test.afterAll(async ({ browser }) => {
  if (!publishedHere.length) return;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, DEMO_ACCOUNTS.admin);
  for (const editor of publishedHere) {
    await page.goto(editor);
    await publishThrough(page, { change: "Unpublish (back to draft)" });
  }
  await context.close();
});

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
    // Search: a box to follow a topic, the one the words name preselected.
    const search = await (await request.get("/en/search?q=Training")).text();
    expect(search).toContain('action="/api/alerts/subscribe"');
    expect(search).toContain('name="scope" value="TOPIC"');
    expect(search).toMatch(/<option[^>]*value="training"[^>]*selected/);
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
    publishedHere.push(`/en/staff/news/${id}`);
    await sql(
      `INSERT INTO "NewsTranslation" ("articleId", locale, title, excerpt, body, status, "publishedAt", "updatedAt")
       VALUES ($1, 'ru', 'Таможенные лаборатории собрались в Риге', '', '', 'PUBLISHED', now(), now())`,
      [id],
    );
    const published = Date.now();
    await expect.poll(() => mailsTo(email).length, { timeout: 60_000, intervals: [1000] }).toBe(2);
    expect(Date.now() - published).toBeLessThan(60_000);
    const alert = mailsTo(email)[1];
    expect(alert.via).toBe("smtp");
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

test("ROCB Europe staff publish an article: a Russian subscriber of Europe gets it within a minute, through SMTP", async ({
  page,
}) => {
  test.setTimeout(150_000);
  // A confirmed Russian subscriber of the Europe region (the form, then the link mailed).
  const email = unique("staff-published");
  await page.goto("/ru/regions/eur");
  const form = page.locator('form[action="/api/alerts/subscribe"]');
  await form.getByLabel("Адрес электронной почты").fill(email);
  await form.getByRole("button", { name: "Подписаться" }).click();
  await expect(page).toHaveURL(/\/ru\/alerts\/sent$/);
  await expect.poll(() => mailsTo(email).length).toBe(1);
  expect(mailsTo(email)[0].via).toBe("smtp");
  const link = new URL(/https?:\/\/\S+\/ru\/alerts\/confirm\?token=[\w-]+/.exec(mailsTo(email)[0].text)![0]);
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Подтвердить подписку" }).click();
  await expect(page.getByText("Подписка подтверждена.")).toBeVisible();

  // A draft of ROCB Europe, in English and Russian.
  const slug = `staff-alert-${Date.now().toString(36)}`;
  const id = `e2edraft${slug.replace(/[^a-z0-9]/g, "").slice(-18)}`;
  await sql(
    `INSERT INTO "NewsArticle" (id, slug, status, "regionId", "updatedAt")
     SELECT $1, $2, 'DRAFT', r.id, now() FROM "Region" r WHERE r.code = 'EUR'`,
    [id, slug],
  );
  await sql(
    `INSERT INTO "NewsTranslation" ("articleId", locale, title, excerpt, body, status, "updatedAt")
     VALUES ($1, 'en', 'Risk engines compared in Vilnius', 'Analysts compare notes.', 'Text.', 'DRAFT', now()),
            ($1, 'ru', 'В Вильнюсе сравнили системы управления рисками', 'Аналитики обменялись опытом.', 'Текст.', 'DRAFT', now())`,
    [id],
  );
  expect(mailsTo(email)).toHaveLength(1); // a draft alerts nobody

  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto(`/en/staff/news/${id}`);
  const review = await publishThrough(page, { change: "Publish the article", languages: ["en", "ru"] });
  publishedHere.push(`/en/staff/news/${id}`);
  // Staff see how many will be alerted: a count, never an address.
  expect(review).toMatch(/\d+ e-mail subscribers? will be alerted\./);
  expect(review).not.toContain("@");
  const published = Date.now();
  const title = "В Вильнюсе сравнили системы управления рисками";
  const arrived = () => mailsTo(email).find((m) => m.subject.includes(title));
  await expect.poll(() => !!arrived(), { timeout: 60_000, intervals: [1000] }).toBe(true);
  expect(Date.now() - published).toBeLessThan(60_000);
  const alert = arrived()!;
  expect(alert.via).toBe("smtp");
  expect(alert.text).toContain(`/ru/news/${slug}`);
  expect(alert.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
});

test("screenshots of the subscribe form, the confirmation and the manage page (English and Arabic)", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const emails: { locale: "en" | "ar"; email: string }[] = [];
  for (const locale of ["en", "ar"] as const) {
    await page.goto(`/${locale}/search?q=Training`);
    await page.locator('form[action="/api/alerts/subscribe"]').scrollIntoViewIfNeeded();
    await screenshotBoth(page, `alerts-search-topic-form-${locale}`);
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
    emails.push({ locale, email });
  }

  // The e-mails themselves, as received by the SMTP server, rendered by the browser: the confirmation,
  // then an alert of an article in English and Arabic (and one in English only: the fallback notice).
  const slug = `alerts-shot-${Date.now().toString(36)}`;
  const { id } = await insertPublishedNews({ title: "Customs laboratories share test methods", slug });
  publishedHere.push(`/en/staff/news/${id}`);
  await sql(
    `INSERT INTO "NewsTranslation" ("articleId", locale, title, excerpt, body, status, "publishedAt", "updatedAt")
     VALUES ($1, 'ar', 'مختبرات الجمارك تتبادل طرق الاختبار', 'يتبادل خبراء المختبرات أساليبهم.', '', 'PUBLISHED', now(), now())`,
    [id],
  );
  const englishOnly = await insertPublishedNews({ title: "Trainers of the region meet online", slug: `${slug}-en` });
  publishedHere.push(`/en/staff/news/${englishOnly.id}`);
  // A meeting made public with its decision (in English and Arabic): one mail, the meeting and the decision.
  const meeting = await insertPublishedMeeting({
    title: "Heads of training meet in Budapest",
    slug: `${slug}-meeting`,
    publishAt: new Date(Date.now() + 3_600_000),
  });
  await sql(
    `INSERT INTO "MeetingTranslation" ("meetingId", locale, title, summary, body, status, "publishedAt", "updatedAt")
     VALUES ($1, 'ar', 'رؤساء التدريب يجتمعون في بودابست', '', '', 'PUBLISHED', now(), now())`,
    [meeting.id],
  );
  await sql(`INSERT INTO "MeetingOutcome" (id, "meetingId", position, kind) VALUES ($1 || 'd', $1, 0, 'DECISION')`, [
    meeting.id,
  ]);
  await sql(
    `INSERT INTO "MeetingOutcomeTranslation" ("outcomeId", locale, text)
     VALUES ($1 || 'd', 'en', 'The centres will share one calendar of courses.'),
            ($1 || 'd', 'ar', 'ستتشارك المراكز تقويمًا واحدًا للدورات.')`,
    [meeting.id],
  );
  await sql(`UPDATE "Meeting" SET "publishAt" = now() WHERE id = $1`, [meeting.id]);
  publishedHere.push(`/en/staff/meetings/${meeting.id}`);
  const shown = (email: string) => {
    const html = mailsTo(email)
      .slice(1)
      .map((m) => m.html ?? "")
      .join("");
    return (
      html.includes(`/news/${slug}"`) &&
      html.includes(`/news/${slug}-en"`) &&
      html.includes(`/meetings/${slug}-meeting#decision-${meeting.id}d"`)
    );
  };
  for (const { locale, email } of emails) {
    await expect.poll(() => shown(email), { timeout: 60_000, intervals: [1000] }).toBe(true);
    const [confirmation, ...alerts] = mailsTo(email);
    expect(confirmation.html).toBeTruthy();
    await page.setContent(confirmation.html!);
    await screenshotBoth(page, `alerts-mail-confirm-${locale}`);
    for (const [i, alert] of alerts.entries()) {
      await page.setContent(alert.html!);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await screenshotBoth(page, `alerts-mail-alert-${locale}-${i + 1}`);
    }
  }
});

test("administrators answer a subscriber's request; other staff see counts only (screenshots in English and Arabic)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = unique("request");
  await page.goto("/en/regions/eur");
  const form = page.locator('form[action="/api/alerts/subscribe"]');
  await form.getByLabel("E-mail address").fill(email);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(page).toHaveURL(/\/en\/alerts\/sent$/);

  // Europe's staff: the region counts on the dashboard, no address, no subscribers' page.
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await expect(page.getByTestId("region-subscribers")).toBeVisible();
  await expect(page.getByTestId("alert-queue")).toHaveCount(0);
  expect(await page.locator("section[aria-labelledby=alerts]").innerText()).not.toContain("@");
  await page.goto("/en/staff/subscribers");
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();

  for (const locale of ["en", "ar"] as const) {
    await page.context().clearCookies();
    await signInAs(page, DEMO_ACCOUNTS.admin, { locale });
    await page.locator("#alerts").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("alert-queue")).toBeVisible();
    await expect(page.getByTestId("oldest-waiting")).toBeVisible();
    if (locale === "en") await expect(page.getByTestId("alert-queue")).toContainText("Sent today");
    await screenshotBoth(page, `alerts-staff-dashboard-${locale}`);
    await page.goto(`/${locale}/staff/subscribers`);
    await page.locator("#export-email").fill(email);
    await page.locator("form[aria-labelledby=export-heading] button[type=submit]").click();
    await expect(page.getByTestId("subscriber-export")).toContainText(email);
    await screenshotBoth(page, `alerts-staff-subscribers-${locale}`);
  }
  // Erased on request: the address is gone.
  await page.locator("#erase-email").fill(email);
  await page.locator("#erase-confirm").check();
  await page.locator("form[aria-labelledby=erase-heading] button[type=submit]").click();
  await expect(page.getByText("مُحي العنوان وكل ما يتعلق به.")).toBeVisible();
  await page.locator("#export-email").fill(email);
  await page.locator("form[aria-labelledby=export-heading] button[type=submit]").click();
  await expect(page.getByText("هذا العنوان غير محفوظ", { exact: false })).toBeVisible();
  await expect(page.getByTestId("subscriber-export")).toHaveCount(0);
});
