import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { screenshotDesktopAndPhone } from "./support/screenshots";

// Issue 18, item 4, in the browser and without JavaScript: a draft is deleted
// from its own confirmation page (a real page and a plain form post, not a
// window.confirm), and nothing happens until it is confirmed.

const suffix = () => randomBytes(3).toString("hex");

test.describe("deleting a draft meeting", () => {
  test.use({ javaScriptEnabled: false });

  test("asks on its own page, then deletes and says so, without JavaScript", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    await page.goto("/en/staff/meetings/new");
    const title = `Draft to delete ${suffix()}`;
    await page.getByLabel("Start date", { exact: true }).fill("2030-10-01");
    await page.getByLabel("End date", { exact: true }).fill("2030-10-02");
    await page.locator('input[name="t.en.title"]').fill(title);
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
    const editor = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Delete this draft…" }).click();
    await expect(page).toHaveURL(`${editor}/delete`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete a draft");
    await expect(page.getByTestId("confirm-step")).toContainText(title);
    await expect(page.getByTestId("confirm-step")).toContainText("no agenda item");
    // Nothing happened yet: the draft is still there.
    expect((await page.request.get(editor)).status()).toBe(200);
    await page.getByRole("button", { name: "Delete the draft" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/meetings\?deleted=1$/);
    await expect(page.getByRole("status").filter({ hasText: "The draft was deleted." })).toBeVisible();
    expect((await page.request.get(editor)).status()).toBe(404);
  });
});

test("the confirmation page of a draft's deletion: accessible, in English and Arabic (screenshots)", async ({
  page,
}) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto("/en/staff/meetings/new");
  await page.getByLabel("Start date", { exact: true }).fill("2030-10-05");
  await page.getByLabel("End date", { exact: true }).fill("2030-10-06");
  await page.locator('input[name="t.en.title"]').fill(`Draft shown for its deletion ${suffix()}`);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
  const editor = new URL(page.url()).pathname;
  await page.goto(`${editor}/delete`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete a draft");
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "confirm-delete-draft-en");
  await page.goto(`/ar${editor.slice(3)}/delete`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "confirm-delete-draft-ar");
});

test("deactivating an account asks first (screenshots)", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.admin);
  await page.goto("/en/staff/users?role=RTC_REP");
  await page.getByRole("link", { name: "Aida Misalova" }).first().click();
  await page.getByRole("link", { name: "Deactivate account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deactivate the account");
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "confirm-deactivate-en");
  await page.goto(page.url().replace("/en/", "/ar/"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await screenshotDesktopAndPhone(page, "confirm-deactivate-ar");
  // Cancelled: the account stays active.
  await page.getByRole("link", { name: "إلغاء" }).click();
  await expect(page.getByRole("link", { name: /تعطيل/ })).toBeVisible();
});
