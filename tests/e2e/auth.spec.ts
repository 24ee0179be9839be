import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { screenshotBoth } from "./support/screenshots";

test.describe("sign-in", () => {
  test("the staff area sends anonymous visitors to sign-in and back after it", async ({ page }) => {
    await page.goto("/fr/staff/meetings");
    await expect(page).toHaveURL(/\/fr\/sign-in\?callbackUrl=%2Ffr%2Fstaff%2Fmeetings/);
    await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS.staffEurope);
    await page.locator('input[name="password"]').fill("demo-password-2026");
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/fr\/staff\/meetings/);
  });

  test("a destination outside the staff area is ignored: sign-in goes to the dashboard of the page's language", async ({
    page,
  }) => {
    for (const callback of ["//evil.example/en/staff", "https://evil.example/en/staff", "/de/staff", "/en/news"]) {
      await page.context().clearCookies();
      await page.goto(`/es/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
      await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS.staffEurope);
      await page.locator('input[name="password"]').fill("demo-password-2026");
      await page.locator('form button[type="submit"]').click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/es\/staff$/);
    }
  });

  test("a wrong password gives a clear error and keeps the e-mail", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail").fill(DEMO_ACCOUNTS.admin);
    await page.locator('input[name="password"]').fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("The e-mail or password is not correct.");
    await expect(page.getByLabel("E-mail")).toHaveValue(DEMO_ACCOUNTS.admin);
    await expect(page.locator('input[name="password"]')).toHaveValue("");
  });

  test("session cookies are httpOnly and SameSite", async ({ page, context }) => {
    await signInAs(page, DEMO_ACCOUNTS.admin);
    const cookie = (await context.cookies()).find((c) => c.name.includes("session-token"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-dashboard-en");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/en/staff");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("repeated failures slow sign-in down: from one address, each attempt waits longer", async ({ page }) => {
    // An address without an account: limits apply all the same, and no demo account gets slowed for later tests.
    const email = "slowed.down@portal.test";
    const alert = page.locator("main").getByRole("alert");
    let waited = false;
    // The first attempts go through at once; then each must wait 1 s, 2 s, 4 s … after the last.
    for (let attempt = 0; attempt < 8 && !waited; attempt += 1) {
      await page.goto("/en/sign-in");
      await page.getByLabel("E-mail").fill(email);
      await page.locator('input[name="password"]').fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(alert).toBeVisible();
      const text = (await alert.textContent()) ?? "";
      if (attempt < 3) expect(text).toBe("The e-mail or password is not correct.");
      waited = text.includes("Too many attempts from here");
    }
    expect(waited).toBe(true);
  });
});
