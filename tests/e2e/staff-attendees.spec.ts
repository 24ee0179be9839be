import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, privateAttendeeEmail } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { sql } from "./support/database";
import { screenshotBoth } from "./support/screenshots";

// The seeded draft meeting of the Europe region (ROCB Europe organizes it):
// the journeys below add to it through the UI only, with unique names.
const draftTitle = "Confidential: review of the Europe RTC joint action plan";
const bishkekTitle = "11th Meeting of the Regional Structures of the WCO Europe Region";

/** The id of a meeting, read from its link on the staff dashboard. */
/** The meeting's id (the dashboard's lists are capped, so the seeded meeting may not be on it). */
async function meetingIdFromDashboard(_page: Page, title: string) {
  const [row] = await sql<{ id: string }>(
    `SELECT m.id FROM "Meeting" m JOIN "MeetingTranslation" t ON t."meetingId" = m.id WHERE t.locale = 'en' AND t.title = $1 ORDER BY m."createdAt" LIMIT 1`,
    [title],
  );
  expect(row, title).toBeDefined();
  return row.id;
}

/** Every tab of the meeting editor carries the meeting's title as its heading and marks its own tab (issue 10, item 9). */
async function expectEditorTab(page: Page, title: string, sections: string, tab: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("navigation", { name: sections }).locator("[aria-current=page]")).toHaveText(tab);
}

const unique = () => Date.now().toString(36);
const pdfBytes = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test.describe("attendees editor", () => {
  test("Europe's staff add three attendees, reorder them, see bad input refused, import a CSV and export one", async ({
    page,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const id = await meetingIdFromDashboard(page, draftTitle);
    const response = await page.goto(`/en/staff/meetings/${id}/attendees`);
    expect(response?.status()).toBe(200);
    await expectEditorTab(page, draftTitle, "Sections of the meeting editor", "Attendees");
    const list = page.locator("section[aria-labelledby='attendees-list'] > ol");
    const add = page.locator("section[aria-labelledby='attendee-add']");
    const cards = list.locator(":scope > li");
    const initial = await cards.count();
    const suffix = unique();

    // 1. A regional structure with two people (one keeps her name private).
    await add.getByLabel("Role").selectOption("HOST");
    await add
      .getByLabel("Regional structure", { exact: true })
      .selectOption({ label: "WCO Regional Training Centre Moscow" });
    await add.getByRole("button", { name: "Add a person" }).click();
    await add.getByLabel("Full name").fill(`Irina Public ${suffix}`);
    await add.getByLabel("Job title").fill("Head of training");
    await add.getByLabel("Agrees to have their name published").check();
    await add.getByRole("button", { name: "Add a person" }).click();
    await add.getByLabel("Full name").nth(1).fill(`Pavel Private ${suffix}`);
    // Bad e-mail and phone: errors next to the fields, what was typed stays, nothing saved.
    await add.getByLabel("E-mail (private)").nth(1).fill("pavel-at-example");
    await add.getByLabel("Phone (private)").nth(1).fill("call me");
    await add.getByRole("button", { name: "Add attendee" }).click();
    // The error summary lists both problems, each a link to its field, and takes the focus.
    const summary = add.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Enter a valid e-mail address\.$/ })).toHaveAttribute(
      "href",
      "#add-people-1-email",
    );
    await expect(summary.getByRole("link", { name: /This value is not valid\.$/ })).toHaveAttribute(
      "href",
      "#add-people-1-phone",
    );
    await expect(page.locator("#add-people-1-email-error")).toHaveText("Enter a valid e-mail address.");
    await expect(page.locator("#add-people-1-phone-error")).toHaveText("This value is not valid.");
    await expect(add.getByLabel("Full name").nth(1)).toHaveValue(`Pavel Private ${suffix}`);
    await expect(list).not.toContainText(`Pavel Private ${suffix}`);
    await add.getByLabel("E-mail (private)").nth(1).fill(`pavel.${suffix}@example.org`);
    await add.getByLabel("Phone (private)").nth(1).fill("+7 495 000 00 00");
    await add.getByRole("button", { name: "Add attendee" }).click();
    await expect(cards).toHaveCount(initial + 1);
    await expect(add.getByRole("status").first()).toHaveText("Attendee added.");
    await expect(list).toContainText(`pavel.${suffix}@example.org`);
    await expect(add.getByLabel("Full name")).toHaveCount(0);

    // 2. An organization already in the portal.
    await add.getByLabel("Role").selectOption("PARTNER");
    await add.getByLabel("An organization already in the portal").check();
    await add.getByLabel("Organization", { exact: true }).selectOption({ label: "OSCE Programme Office in Bishkek" });
    await add.getByRole("button", { name: "Add attendee" }).click();
    await expect(cards).toHaveCount(initial + 2);
    await expect(cards.last()).toContainText("OSCE Programme Office in Bishkek");

    // 3. A new organization, created on the way.
    const newOrg = `E2E Customs Academy ${suffix}`;
    await add.getByLabel("Role").selectOption("OBSERVER");
    await add.getByLabel("A new organization").check();
    await add.getByLabel("Name of the new organization").fill(newOrg);
    await add.getByLabel("Kind of organization").selectOption("MEMBER_ADMINISTRATION");
    await add.getByLabel("Country (optional)").selectOption({ label: "Kyrgyzstan" });
    await add.getByRole("button", { name: "Add attendee" }).click();
    await expect(cards).toHaveCount(initial + 3);
    await expect(add.getByRole("status").first()).toHaveText("Attendee added.");
    await expect(cards.last()).toContainText(newOrg);
    await expect(cards.last()).toContainText("Observer");
    await expect(cards.last()).toContainText("Kyrgyzstan");

    // Reorder: the new organization moves up one place.
    const count = await cards.count();
    // Each move button names its row for screen readers ("Move up: <organization>").
    await page.getByRole("button", { name: new RegExp(`^Move up\\s*: ${newOrg}$`) }).click();
    await expect(cards.nth(count - 2)).toContainText(newOrg);
    await expect(cards.nth(count - 1)).toContainText("OSCE Programme Office in Bishkek");

    // A CSV with broken rows: a row-by-row report, and nothing imported.
    const broken = [
      "role,structure_slug,organization_name,organization_kind,country,person_name,job_title,public_consent,email,phone",
      "HOST,rtc-bishkek,,,,Good Row,,yes,good@example.org,",
      "GUEST,rtc-bishkek,,,,,,,,",
      "PARTICIPANT,no-such-centre,,,,Someone,,maybe,not-an-email,",
    ].join("\n");
    await page
      .locator("#import-file")
      .setInputFiles({ name: "attendees.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.getByRole("button", { name: "Check and import" }).click();
    const report = page.getByRole("table", { name: /Nothing was imported/ });
    await expect(report).toBeVisible();
    await expect(page.locator("#import-file-error")).toContainText("The file has 3 problems; nothing was imported.");
    await expect(report.getByRole("row", { name: /^3 role Use one of: HOST/ })).toBeVisible();
    await expect(report.getByRole("row", { name: /^4 public_consent Use yes or no\./ })).toBeVisible();
    await expect(report.getByRole("row", { name: /^4 email Enter a valid e-mail address\./ })).toBeVisible();
    await expect(cards).toHaveCount(count);
    await expect(list).not.toContainText("Good Row");

    // A good CSV: imported after the existing attendees.
    const good = `role,structure_slug,person_name,email\nSPEAKER,rtc-astana,Csv Speaker ${suffix},csv.${suffix}@example.org\n`;
    await page
      .locator("#import-file")
      .setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await page.getByRole("button", { name: "Check and import" }).click();
    await expect(page.getByText("Imported 1 attendee with 1 named person.")).toBeVisible();
    await expect(cards).toHaveCount(count + 1);
    await expect(cards.last()).toContainText(`Csv Speaker ${suffix}`);

    // Export: everything, private fields included, formulas neutralised.
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export to CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("attendees-europe-rtc-action-plan-review-draft.csv");
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"pavel.${suffix}@example.org","'+7 495 000 00 00"`);
    expect(csv).toContain(`"OBSERVER","","${newOrg}","MEMBER_ADMINISTRATION","KG"`);
  });

  test("the editor passes axe in English and Arabic, and is refused to the RTC representative", async ({
    page,
    browser,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const id = await meetingIdFromDashboard(page, bishkekTitle);
    await page.goto(`/en/staff/meetings/${id}/attendees`);
    await expect(
      page.getByRole("table", { name: /Named people of WCO Regional Training Centre Bishkek/ }),
    ).toContainText(privateAttendeeEmail);
    await page.getByText("Edit").first().click();
    await expect(
      page
        .locator("form")
        .filter({ has: page.getByRole("button", { name: "Save attendee" }) })
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-attendees-en");
    await page.goto(`/ar/staff/meetings/${id}/attendees`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectEditorTab(page, bishkekTitle, "أقسام محرر الاجتماع", "المشاركون");
    await page.getByText("تعديل").first().click();
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-attendees-ar");
    expect((await page.goto(`/en/staff/meetings/no-such-meeting/attendees`))?.status()).toBe(404);

    const rtc = await browser.newPage();
    await signInAs(rtc, DEMO_ACCOUNTS.rtcBishkek);
    expect((await rtc.goto(`/en/staff/meetings/${id}/attendees`))?.status()).toBe(403);
    expect((await rtc.goto(`/en/staff/meetings/${id}/documents`))?.status()).toBe(403);
    const exported = await rtc.request.get(`/en/staff/meetings/${id}/attendees/export.csv`);
    expect(exported.status()).toBe(403);
    expect(await exported.text()).not.toContain(privateAttendeeEmail);
    const anonymous = await browser.newPage();
    const anonymousExport = await anonymous.request.get(`/en/staff/meetings/${id}/attendees/export.csv`, {
      maxRedirects: 0,
    });
    // Sent to sign-in by the proxy, which guards every staff path (the CSV included), without the file.
    expect([303, 307]).toContain(anonymousExport.status());
    expect(anonymousExport.headers()["location"]).toContain("/en/sign-in");
    expect(await anonymousExport.text()).not.toContain(privateAttendeeEmail);
    await rtc.close();
    await anonymous.close();
  });
});

test.describe("documents", () => {
  test("Europe's staff upload a PDF; an .exe renamed .pdf and a 20 MB file are refused", async ({ page, browser }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const id = await meetingIdFromDashboard(page, draftTitle);
    expect((await page.goto(`/en/staff/meetings/${id}/documents`))?.status()).toBe(200);
    await expectEditorTab(page, draftTitle, "Sections of the meeting editor", "Documents");
    const upload = page.locator("section[aria-labelledby='document-upload']");
    const list = page.locator("section[aria-labelledby='documents-list']");
    const title = `Minutes ${unique()}`;

    await upload.getByLabel("Title").fill(title);
    await upload.getByLabel("Language of the document").selectOption("fr");
    await upload
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: pdfBytes });
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(upload.getByRole("status")).toHaveText("Document uploaded.");
    const link = list.getByRole("link", { name: title });
    await expect(link).toBeVisible();
    await expect(list).toContainText("Français");
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/api\/documents\/\w+$/);
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(file.headers()["content-disposition"]).toContain('attachment; filename="minutes.pdf"');
    // The meeting is a draft: the public cannot download it.
    const anonymous = await browser.newPage();
    expect((await anonymous.request.get(href)).status()).toBe(404);
    await anonymous.close();

    // An .exe renamed .pdf: refused by its content, the title kept.
    const exe = Buffer.alloc(1024);
    exe.write("MZ");
    await upload.getByLabel("Title").fill("Setup");
    await upload
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "agenda.pdf", mimeType: "application/pdf", buffer: exe });
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(page.locator("#upload-file-error")).toHaveText(
      "This type of file is not accepted: upload a PDF, Word, Excel or PowerPoint file.",
    );
    await expect(upload.getByLabel("Title")).toHaveValue("Setup");
    await expect(list.getByRole("link", { name: "Setup" })).toHaveCount(0);

    // 20 MB: refused before it is even sent.
    const big = Buffer.alloc(20 * 1024 * 1024);
    big.write("%PDF-1.7\n");
    await upload
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "annexes.pdf", mimeType: "application/pdf", buffer: big });
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(page.locator("#upload-file-error")).toHaveText("The file is larger than 10 MB. Nothing was uploaded.");

    // Rename, then axe and screenshots.
    const card = list.locator("li", { has: page.getByRole("link", { name: title }) });
    await card.getByText("Rename").click();
    await card.getByLabel("Title").fill(`${title} (final)`);
    await card.getByRole("button", { name: "Save" }).click();
    await expect(list.getByRole("link", { name: `${title} (final)` })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-documents-en");
    await page.goto(`/ar/staff/meetings/${id}/documents`);
    await expectEditorTab(page, draftTitle, "أقسام محرر الاجتماع", "الوثائق");
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-documents-ar");
  });
});

test.describe("documents without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 20 MB upload reaches the server and comes back as a field error", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const id = await meetingIdFromDashboard(page, draftTitle);
    await page.goto(`/en/staff/meetings/${id}/documents`);
    const upload = page.locator("section[aria-labelledby='document-upload']");
    const before = await page.locator("section[aria-labelledby='documents-list'] li").count();
    const big = Buffer.alloc(20 * 1024 * 1024);
    big.write("%PDF-1.7\n");
    await upload.getByLabel("Title").fill("Annexes too big");
    await upload
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "annexes.pdf", mimeType: "application/pdf", buffer: big });
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(page.locator("#upload-file-error")).toHaveText("The file is larger than 10 MB. Nothing was uploaded.");
    await expect(upload.getByLabel("Title")).toHaveValue("Annexes too big");
    await expect(page.locator("section[aria-labelledby='documents-list'] li")).toHaveCount(before);
  });
});
