import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { screenshotBoth } from "./support/screenshots";
import { mailsTo } from "./support/mails";

const NEW_PASSWORD = "a sentence long enough 2026";

const unique = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@portal.test`;

/** The password link of the newest mail to an address (waits for the mail to arrive). */
async function mailedLink(email: string, count = 1): Promise<string> {
  await expect.poll(() => mailsTo(email).length, { message: `mail to ${email}` }).toBeGreaterThanOrEqual(count);
  const text = mailsTo(email).at(-1)!.text;
  const link = /https?:\/\/\S+\/password\/set\?token=[\w-]+/.exec(text)?.[0];
  expect(link, "a password link in the mail").toBeTruthy();
  return link!;
}

const inviteForm = (page: Page) => page.locator("form").filter({ has: page.locator('input[name="email"]') });

/** The administrator fills in the invitation form (on the users page of `locale`). */
async function inviteThroughForm(
  page: Page,
  { email, name, locale = "en", language = "en" }: { email: string; name: string; locale?: string; language?: string },
) {
  await page.goto(`/${locale}/staff/users`);
  const form = inviteForm(page);
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="name"]').fill(name);
  await form.locator('select[name="role"]').selectOption("RTC_REP");
  await form.locator('select[name="structureId"]').selectOption({ label: "WCO Regional Training Centre Bishkek" });
  await form.locator('select[name="preferredLocale"]').selectOption(language);
  await form.locator('button[type="submit"]').click();
}

/** A new person invited by the administrator who has set their password (a fresh browser context). */
async function activatedUser(browser: Browser, adminPage: Page, label: string) {
  const email = unique(label);
  const name = `Test ${label} ${Date.now().toString(36)}`;
  await inviteThroughForm(adminPage, { email, name });
  await expect(adminPage.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await mailedLink(email));
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?password=created/);
  return { email, name, page, context };
}

test.describe("user administration", () => {
  test("an administrator invites a user, who sets a password through the mailed link and signs in", async ({
    page,
    browser,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.admin);
    const email = unique("invitee");
    const name = `Nadia Newcomer ${Date.now().toString(36)}`;

    await page.goto("/en/staff/users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
    await expect(page.getByRole("table")).toContainText(DEMO_ACCOUNTS.staffEurope);
    // Bad input first: every error next to its field, the typed text kept, nothing created.
    await inviteThroughForm(page, { email: "not-an-address", name });
    await expect(page.locator("#field-email-error")).toHaveText("Enter a valid e-mail address.");
    const form = inviteForm(page);
    await expect(form.locator('input[name="name"]')).toHaveValue(name);
    await expect(form.locator('select[name="role"]')).toHaveValue("RTC_REP");
    // The role decides the scopes offered: an RTC representative's are the RTCs, with no empty choice.
    await expect(form.locator('select[name="structureId"] option[value=""]')).toHaveCount(0);
    expect(mailsTo(email)).toHaveLength(0);

    // A good invitation opens the new account (a redirect from the server).
    await inviteThroughForm(page, { email, name });
    await expect(page.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await page.goto("/en/staff/users");
    await expect(page.getByRole("table")).toContainText(email);
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Invitation pending");

    const link = await mailedLink(email);
    expect(mailsTo(email)[0].subject).toContain("invitation");
    const invitee = await browser.newContext();
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(link);
    await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Create your password");
    await expect(inviteePage.getByLabel("Account")).toHaveValue(email);
    await inviteePage.getByLabel("New password", { exact: true }).fill("too short");
    await inviteePage.getByLabel("Repeat the new password").fill("too short");
    await inviteePage.getByRole("button", { name: "Save password" }).click();
    await expect(inviteePage.locator("#field-password-error")).toHaveText("Use at least 12 characters.");
    await inviteePage.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await inviteePage.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await inviteePage.getByRole("button", { name: "Save password" }).click();
    await expect(inviteePage).toHaveURL(/\/en\/sign-in\?password=created/);
    await expect(inviteePage.getByRole("status")).toHaveText("Your password is set. You can now sign in.");
    await signInAs(inviteePage, email, { password: NEW_PASSWORD });
    await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);

    // The link worked once.
    await inviteePage.goto(link);
    await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");

    // The audit log shows the invitation, linked to the account.
    await page.goto("/en/staff/audit?type=user");
    // Named by the record's title and a readable action, not the code "user.invite".
    const entry = page
      .getByRole("article")
      .filter({ hasText: name })
      .filter({ has: page.getByRole("heading", { level: 2, name: "Invited a user · User" }) });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole("heading", { level: 2 })).toHaveText("Invited a user · User");
    await expect(entry).toContainText("Morgan Example");
    await entry.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await invitee.close();
  });

  test("deactivating a user ends their session: their next staff page goes to sign-in", async ({ page, browser }) => {
    await signInAs(page, DEMO_ACCOUNTS.admin);
    const user = await activatedUser(browser, page, "deactivated");
    await signInAs(user.page, user.email, { password: NEW_PASSWORD });

    await page.goto("/en/staff/users");
    await page.getByRole("link", { name: user.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(user.name);
    // Issue 18, item 4: asked first, on its own page; nothing changes until it is confirmed.
    await page.getByRole("link", { name: "Deactivate account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deactivate the account");
    await expect(page.getByTestId("confirm-step")).toContainText(user.email);
    await user.page.goto("/en/staff");
    await expect(user.page).toHaveURL(/\/en\/staff$/);
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The account is deactivated and its sessions have ended." }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();

    await user.page.goto("/en/staff");
    await expect(user.page).toHaveURL(/\/en\/sign-in/);
    // And they cannot sign in again.
    await user.page.locator('input[name="email"]').fill(user.email);
    await user.page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await user.page.locator('form button[type="submit"]').click();
    await expect(user.page.locator("main").getByRole("alert")).toHaveText("The e-mail or password is not correct.");
    await user.context.close();
  });

  test("forgot password: the same neutral answer for any address, a mailed link, a new password", async ({
    page,
    browser,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.admin);
    const user = await activatedUser(browser, page, "forgetful");
    const visitor = user.page;
    await visitor.goto("/en/sign-in");
    await visitor.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(visitor).toHaveURL(/\/en\/password\/forgot$/);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Reset your password");

    await visitor.getByLabel("E-mail").fill(unique("nobody"));
    await visitor.getByRole("button", { name: "Send the link" }).click();
    const neutral = "If an active account uses this address, a link to choose a new password is on its way.";
    await expect(visitor.locator("main").getByRole("status")).toContainText(neutral);

    await visitor.getByLabel("E-mail").fill(user.email);
    await visitor.getByRole("button", { name: "Send the link" }).click();
    await expect(visitor.locator("main").getByRole("status")).toContainText(neutral);
    const link = await mailedLink(user.email, 2);
    expect(mailsTo(user.email).at(-1)!.subject).toContain("Reset your password");

    await visitor.goto(link);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    const changed = "another long sentence 2026";
    await visitor.getByLabel("New password", { exact: true }).fill(changed);
    await visitor.getByLabel("Repeat the new password").fill("a different sentence 2026");
    await visitor.getByRole("button", { name: "Save password" }).click();
    await expect(visitor.locator("#field-passwordConfirm-error")).toHaveText("The passwords do not match.");
    await visitor.getByLabel("New password", { exact: true }).fill(changed);
    await visitor.getByLabel("Repeat the new password").fill(changed);
    await visitor.getByRole("button", { name: "Save password" }).click();
    await expect(visitor).toHaveURL(/\/en\/sign-in\?password=changed/);
    await expect(visitor.getByRole("status")).toHaveText("Your password has been changed. Sign in with the new one.");
    await signInAs(visitor, user.email, { password: changed });
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Welcome");
    await user.context.close();
  });

  test("ROCB staff get the 403 page for users and the audit log, and no link to them", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    await expect(page.getByRole("navigation", { name: "Staff navigation" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Staff navigation" }).getByRole("link", { name: "Users" }),
    ).toHaveCount(0);
    for (const url of ["/en/staff/users", "/en/staff/audit"]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
    }
  });

  test("unknown, malformed and missing links get a clear page, never an error", async ({ page }) => {
    for (const url of [
      "/en/password/set?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "/en/password/set?token=%3Cscript%3E",
      "/en/password/set",
    ]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
      await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute(
        "href",
        "/en/password/forgot",
      );
    }
  });
});

test.describe("password pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("asking for a reset link works with a plain form post", async ({ page }) => {
    await page.goto("/en/password/forgot");
    await page.getByLabel("E-mail").fill(unique("nojs"));
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("If an active account uses this address");
  });
});

test.describe("accessibility and screenshots", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`users, user editor, audit log and password pages in ${locale}`, async ({ page, browser }) => {
      await signInAs(page, DEMO_ACCOUNTS.admin, { locale });
      const email = unique(`shots-${locale}`);
      await inviteThroughForm(page, {
        email,
        name: locale === "ar" ? "ليلى مثال" : "Lena Example",
        locale,
        language: locale,
      });
      await expect(page.getByRole("status")).toBeVisible();
      // The invitation opens the new account's page: its editor, for the screenshots below.
      await expect(page).toHaveURL(/\/staff\/users\/\w+/);
      const editorUrl = page.url();

      await page.goto(`/${locale}/staff/users`);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `staff-users-${locale}`);

      await page.goto(editorUrl);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `staff-user-editor-${locale}`);

      await page.goto(`/${locale}/staff/audit`);
      await expect(page.getByRole("article").first()).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `staff-audit-${locale}`);

      const visitor = await browser.newContext();
      const invitee = await visitor.newPage();
      await invitee.goto(await mailedLink(email));
      await expect(invitee).toHaveURL(new RegExp(`/${locale}/password/set\\?token=`));
      await expect(invitee.locator('input[name="password"]')).toBeVisible();
      await expectNoAxeViolations(invitee);
      await screenshotBoth(invitee, `password-set-${locale}`);

      await invitee.goto(`/${locale}/password/forgot`);
      await expect(invitee.locator('input[name="email"]')).toBeVisible();
      await expectNoAxeViolations(invitee);
      await screenshotBoth(invitee, `password-forgot-${locale}`);

      await invitee.goto(`/${locale}/password/set?token=unknown`);
      await expect(invitee.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(invitee);
      await screenshotBoth(invitee, `password-link-problem-${locale}`);
      await visitor.close();
    });
  }
});
