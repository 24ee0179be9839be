// Issue 23 in the browser: the staff "Import" screen reads files into a
// preview, imports the items kept as drafts (nothing public), offers
// nothing new on a re-import, and works without JavaScript; "Start from a
// report" fills the new meeting form from a pasted report, each proposed
// field beside the sentence it came from (English and Russian).
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { screenshotDesktopAndPhone } from "./support/screenshots";
import { englishReport as english, russianReport as russian } from "../fixtures/import/reports";

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);
const textItems = ["01-seminar.txt", "02-seminaire.md"].map((n) => fixture(`text-items/${n}`));

test("staff import a feed, a WordPress export and text items as drafts; a re-import changes nothing", async ({
  page,
}) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto("/en/staff");
  await page.getByRole("link", { name: "Import", exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\/staff\/import$/);
  await screenshotDesktopAndPhone(page, "import-empty-en");

  await page.getByLabel("Files").setInputFiles([fixture("news-rss.xml"), fixture("export-wxr.xml"), ...textItems]);
  await page.getByRole("button", { name: "Read and preview" }).click();
  const rows = page.locator("#import-rows > li");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await expect(page.getByText("New: becomes a draft").first()).toBeVisible();
  await expect(page.getByText(/Proposed meeting: Meeting of the regional structures no\. 8/)).toBeVisible();
  // The WordPress pair: one of the two is shown as the other's translation.
  const paired = await page
    .locator("#import-rows select")
    .evaluateAll((selects) => selects.filter((s) => (s as HTMLSelectElement).value !== "").length);
  expect(paired).toBeGreaterThanOrEqual(1);
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "import-preview-en");

  // The proposed meeting, field by field beside its sentence: the city edited before the drafts are made.
  const eighth = rows.filter({ hasText: /no\. 8/ });
  await eighth.getByText("Review the proposed meeting").click();
  const review = eighth.locator("details");
  await expect(review.locator("mark").first()).toBeVisible();
  // The item's whole text beside the fields, the sentence of the dates marked in it.
  const itemText = review.locator('[data-testid^="item-text-"]');
  await expect(itemText.locator("mark").filter({ hasText: "14-16 May 2019" }).first()).toBeVisible();
  await expect(review.getByLabel("Number")).toHaveValue("8");
  await review.getByLabel("City").fill("Sumqayit");
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "import-review-en");

  await page.getByRole("button", { name: "Import as drafts" }).click();
  // The import runs as a job: the page shows its progress, then (refreshing itself) the result.
  await expect(page).toHaveURL(/\/en\/staff\/import\?job=[a-z0-9]+/);
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toBeVisible({ timeout: 20_000 });
  // The feed's image is out of reach here: skipped, and the screen says which and why.
  await expect(page.getByText("image not imported").first()).toBeVisible();
  await screenshotDesktopAndPhone(page, "import-done-en");
  await page.goto("/en/staff/meetings");
  await page.getByRole("link", { name: "8th Meeting of the Regional Structures of the Europe Region" }).first().click();
  await expect(page.locator('input[name="city"]')).toHaveValue("Sumqayit");

  // Nothing is public: the imported meeting report is not on the public news list.
  const news = await page.request.get("/en/news");
  expect(await news.text()).not.toContain("8th Meeting of the Regional Structures of the Europe Region");

  // Again, in Arabic: every item is already imported and unchanged.
  await page.goto("/ar/staff/import");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("#import-files").setInputFiles([fixture("news-rss.xml"), fixture("malformed.xml")]);
  await page.getByRole("button", { name: "القراءة والمعاينة" }).click();
  await expect(page.getByText("مستوردة من قبل، دون تغيير").first()).toBeVisible();
  await expect(page.getByText("malformed.xml")).toBeVisible();
  await page.getByText("مراجعة الاجتماع المقترح").first().click();
  await screenshotDesktopAndPhone(page, "import-preview-ar");
  await page.locator('#import-rows input[name="keep"]').first().check();
  await page.getByRole("button", { name: "الاستيراد كمسودات" }).click();
  await expect(page.getByRole("status").filter({ hasText: "اكتمل الاستيراد" })).toBeVisible({ timeout: 20_000 });
  await screenshotDesktopAndPhone(page, "import-done-ar");
});

test("a draft imported with a number but no series says so as its editor opens, in English and Arabic", async ({
  page,
}) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto("/en/staff/import");
  const item = [
    "Risk profiling workshop for border officers",
    "Language: en",
    "",
    "The 6th Regional Workshop on risk profiling was held on 10-12 March 2025 in Baku, Azerbaijan.",
  ].join("\n");
  await page
    .getByLabel("Files")
    .setInputFiles([{ name: "risk-workshop.txt", mimeType: "text/plain", buffer: Buffer.from(item) }]);
  await page.getByRole("button", { name: "Read and preview" }).click();
  await expect(page.getByText(/Proposed meeting: Workshop no\. 6/)).toBeVisible();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toBeVisible({ timeout: 20_000 });
  await page.goto("/en/staff/meetings");
  await page.getByRole("link", { name: "Risk profiling workshop for border officers" }).first().click();
  // Said as the editor opens, before any save.
  const notice = page.getByTestId("number-needs-series");
  await expect(notice).toContainText("no. 6 but no series");
  await expect(page.locator('input[name="number"]')).toHaveValue("6");
  await notice.getByRole("link", { name: "Choose its series" }).click();
  await expect(page.locator("#field-seriesId")).toBeInViewport();
  await screenshotDesktopAndPhone(page, "meeting-number-no-series-en");
  await page.goto(page.url().replace("/en/", "/ar/").replace(/#.*$/, ""));
  await expect(page.getByTestId("number-needs-series")).toContainText("اختاروا سلسلته");
  await screenshotDesktopAndPhone(page, "meeting-number-no-series-ar");
});

test("the import works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, DEMO_ACCOUNTS.admin);
  await page.goto("/en/staff/import");
  await page.getByLabel("Files").setInputFiles([fixture("news-atom.xml")]);
  await page.getByRole("button", { name: "Read and preview" }).click();
  await expect(page.locator("#import-rows > li").first()).toBeVisible();
  // Refused (nothing ticked): the error, and the preview still there to fix it.
  for (const box of await page.locator('#import-rows input[name="keep"]').all()) await box.uncheck();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByText("tick at least one item")).toBeVisible();
  await expect(page.locator("#import-rows > li").first()).toBeVisible();
  await page.locator('#import-rows input[name="keep"]').first().check();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/import\?job=[a-z0-9]+/);
  await expect(page.getByText("Import finished")).toBeVisible({ timeout: 20_000 });
  await context.close();
});

test("Start from a report prefills a meeting with the evidence shown, in English", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto("/en/staff/meetings/new");
  await page.getByRole("link", { name: "Start from a report" }).click();
  await page.getByLabel("The report").fill(english);
  await page.getByRole("button", { name: "Propose a meeting" }).click();
  const fields = page.getByTestId("proposed-fields");
  await expect(fields).toContainText("Bishkek");
  await expect(fields.locator("mark", { hasText: "3-5 June 2024" }).first()).toBeVisible();
  await expect(page.getByTestId("report-text").locator("mark").first()).toBeVisible();
  await expect(page.locator('input[name="startDate"]')).toHaveValue("2024-06-03");
  await expect(page.locator('input[name="endDate"]')).toHaveValue("2024-06-05");
  await expect(page.locator('input[name="city"]')).toHaveValue("Bishkek");
  await expect(page.locator('select[name="timeZone"]')).toHaveValue("Asia/Bishkek");
  // The proposed zone named for the reader, never by its ID.
  await expect(fields).toContainText("Kyrgyzstan (GMT+6)");
  await expect(fields).not.toContainText("Asia/Bishkek");
  await expect(page.locator('input[name="t.en.title"]')).toHaveValue(
    "Heads of customs training centres meet in Bishkek",
  );
  await expect(page.getByRole("checkbox", { name: /Daniyar Osmonov/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "from-report-en");

  // Edit one field, then create: the editor opens with the draft.
  await page.locator('input[name="city"]').fill("Bishkek");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
  await page.goto(page.url().replace(/\?created=1$/, "/attendees"));
  await expect(page.getByText("Daniyar Osmonov").first()).toBeVisible();
});

test("Start from a report reads a Russian report, and the page reads in Arabic", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto("/ru/staff/meetings/new/from-report");
  await page.getByLabel("Отчёт").fill(russian);
  await page.getByRole("button", { name: "Предложить совещание" }).click();
  const fields = page.getByTestId("proposed-fields");
  await expect(fields.locator("mark", { hasText: "С 3 по 5 июня 2024 года" }).first()).toBeVisible();
  await expect(page.locator('input[name="startDate"]')).toHaveValue("2024-06-03");
  await expect(page.locator('input[name="endDate"]')).toHaveValue("2024-06-05");
  await expect(page.locator('input[name="city"]')).toHaveValue("Bishkek");
  await screenshotDesktopAndPhone(page, "from-report-ru");

  await page.goto("/ar/staff/meetings/new/from-report");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // A number with no series of its kind: kept, and staff are asked to choose the series.
  await page
    .locator("#report-report")
    .fill(
      "Risk workshop\n\nThe 6th Regional Workshop on risk profiling was held on 8-10 April 2025 in Bishkek, Kyrgyzstan.",
    );
  await page
    .locator("form")
    .filter({ has: page.locator("#report-report") })
    .getByRole("button")
    .click();
  await expect(page.getByTestId("proposed-fields")).toContainText("Bishkek");
  await expect(page.getByTestId("number-no-series")).toBeVisible();
  await expect(page.locator('input[name="number"]')).toHaveValue("6");
  await screenshotDesktopAndPhone(page, "from-report-ar");
});

test("RTC representatives have no Import screen and cannot start a meeting from a report", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.rtcBishkek);
  await page.goto("/en/staff");
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  expect((await page.goto("/en/staff/import"))?.status()).toBe(403);
  expect((await page.goto("/en/staff/meetings/new/from-report"))?.status()).toBe(403);
});
