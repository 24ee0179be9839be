// Creating without JavaScript (or before the page has hydrated): the server
// opens the new record's editor itself, and the same form sent again creates
// nothing new (issue 9, item 15). Each create is also sent a second time,
// byte for byte, as a browser does when a user reloads after the post.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { sql } from "./support/database";

const suffix = () => randomBytes(3).toString("hex");

/** A browser context without JavaScript, signed in as `email` (signing in itself also works without it). */
async function withoutJavaScript(browser: Browser, email: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

/** Submits the page's form with `button`, keeping the POST it sent. */
async function submitKeepingPost(page: Page, button: string) {
  let post: Request | null = null;
  const listener = (request: Request) => {
    if (request.method() === "POST" && request.isNavigationRequest()) post = request;
  };
  page.on("request", listener);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForLoadState("load");
  page.off("request", listener);
  expect(post, "the form was posted").not.toBeNull();
  return post as unknown as Request;
}

/** The same POST again (as a reload after a post re-sends it): where the server sends it. */
async function sendAgain(page: Page, post: Request) {
  const headers = await post.allHeaders();
  const response = await page.context().request.post(post.url(), {
    data: post.postDataBuffer() ?? undefined,
    headers: { "content-type": headers["content-type"], origin: headers.origin ?? new URL(post.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text().catch(() => "")).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  return new URL(response.headers().location, post.url()).pathname;
}

test.describe("creating without JavaScript", () => {
  test("a meeting: the editor of the new draft opens, and the same form sent twice creates one meeting", async ({
    browser,
  }) => {
    const { context, page } = await withoutJavaScript(browser, DEMO_ACCOUNTS.staffEurope);
    const title = `Created without JavaScript ${suffix()}`;
    await page.goto("/en/staff/meetings/new");
    // Without JavaScript every language is shown, one under the other.
    await expect(page.locator('input[name="t.ru.title"]')).toBeVisible();
    await page.locator('input[name="t.en.title"]').fill(title);
    await page.getByLabel("Start date", { exact: true }).fill("2030-06-10");
    await page.getByLabel("End date", { exact: true }).fill("2030-06-11");
    await page.getByLabel("Time zone of the venue", { exact: true }).selectOption("Asia/Bishkek");
    const post = await submitKeepingPost(page, "Create draft");
    await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("status").filter({ hasText: "The draft was created" })).toBeVisible();
    const editor = new URL(page.url()).pathname;

    expect(await sendAgain(page, post)).toBe(editor);
    const rows = await sql<{ n: string }>(`SELECT count(*) AS n FROM "MeetingTranslation" WHERE title = $1`, [title]);
    expect(Number(rows[0].n)).toBe(1);
    await context.close();
  });

  test("refused input comes back in the page with the error summary and the typed text", async ({ browser }) => {
    const { context, page } = await withoutJavaScript(browser, DEMO_ACCOUNTS.staffEurope);
    const marker = `Kept without JavaScript ${suffix()}`;
    await page.goto("/en/staff/meetings/new");
    await page.locator('textarea[name="t.en.summary"]').fill(marker);
    await page.getByRole("button", { name: "Create draft", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/staff\/meetings\/new$/);
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Title (English): This field is required." })).toBeVisible();
    await expect(page.locator('textarea[name="t.en.summary"]')).toHaveValue(marker);
    await context.close();
  });

  test("an article, a structure and an invitation open their new record, once", async ({ browser }) => {
    const europe = await withoutJavaScript(browser, DEMO_ACCOUNTS.staffEurope);
    const headline = `Article without JavaScript ${suffix()}`;
    await europe.page.goto("/en/staff/news/new");
    await europe.page.locator('input[name="t.en.title"]').fill(headline);
    const article = await submitKeepingPost(europe.page, "Create draft");
    await expect(europe.page).toHaveURL(/\/en\/staff\/news\/[a-z0-9]+\?created=1$/);
    expect(await sendAgain(europe.page, article)).toBe(new URL(europe.page.url()).pathname);
    expect(
      Number(
        (await sql<{ n: string }>(`SELECT count(*) AS n FROM "NewsTranslation" WHERE title = $1`, [headline]))[0].n,
      ),
    ).toBe(1);
    await europe.context.close();

    const admin = await withoutJavaScript(browser, DEMO_ACCOUNTS.admin);
    const slug = `rtc-nojs-${suffix()}`;
    await admin.page.goto("/en/staff/structures/new");
    await admin.page
      .getByLabel("Name (English)", { exact: true })
      .fill("WCO Regional Training Centre without JavaScript");
    await admin.page.getByLabel("Region", { exact: true }).selectOption({ label: "Europe" });
    await admin.page.getByLabel("Country", { exact: true }).selectOption({ label: "Georgia" });
    await admin.page.getByLabel("City", { exact: true }).fill("Tbilisi");
    await admin.page.getByLabel("Web address (slug)", { exact: true }).fill(slug);
    const structure = await submitKeepingPost(admin.page, "Create the structure");
    await expect(admin.page).toHaveURL(/\/en\/staff\/structures\/[a-z0-9]+\?created=1$/);
    expect(await sendAgain(admin.page, structure)).toBe(new URL(admin.page.url()).pathname);
    expect(
      Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "Structure" WHERE slug = $1`, [slug]))[0].n),
    ).toBe(1);

    const address = `nojs.${suffix()}@example.org`;
    await admin.page.goto("/en/staff/users");
    await admin.page.getByLabel("E-mail", { exact: true }).fill(address);
    await admin.page.getByLabel("Name", { exact: true }).fill("Invited Without Script");
    const invitation = await submitKeepingPost(admin.page, "Send invitation");
    await expect(admin.page).toHaveURL(/\/en\/staff\/users\/[a-z0-9]+\?invited=1$/);
    await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Invited Without Script");
    expect(await sendAgain(admin.page, invitation)).toBe(new URL(admin.page.url()).pathname);
    expect(
      Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "User" WHERE email = $1`, [address]))[0].n),
    ).toBe(1);
    await admin.context.close();
  });
});
