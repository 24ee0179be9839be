import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/seed/keys";

/** Signs in through the real sign-in form and waits for the staff dashboard. */
export async function signInAs(page: Page, email: string, { locale = "en", password = DEMO_PASSWORD } = {}) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff`));
}
