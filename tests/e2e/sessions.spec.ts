import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";

test.describe("sessions", () => {
  test("signing out ends the session on the server: a copied cookie opens neither the staff area nor an attendee CSV", async ({
    page,
    context,
    browser,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    await page.goto("/en/staff/meetings");
    // A meeting this user edits (its link opens the editor, not the preview).
    const hrefs = await page
      .locator('main a[href^="/en/staff/meetings/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const id = hrefs
      .map((href) => /^\/en\/staff\/meetings\/([a-z0-9]+)$/.exec(href)?.[1])
      .find((value) => value && value !== "new");
    expect(id, hrefs.join(" ")).toBeTruthy();
    const csvPath = `/en/staff/meetings/${id}/attendees/export.csv`;
    const before = await page.request.get(csvPath, { maxRedirects: 0 });
    expect(before.status()).toBe(200);
    expect(before.headers()["content-type"]).toContain("text/csv");

    const copied = (await context.cookies()).filter((cookie) => cookie.name.includes("session-token"));
    expect(copied).toHaveLength(1);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);

    // Someone who kept a copy of the cookie.
    const other = await browser.newContext();
    try {
      await other.addCookies(copied);
      const thief = await other.newPage();
      await thief.goto("/en/staff");
      await expect(thief).toHaveURL(/\/en\/sign-in/);
      await expect(thief.getByRole("heading", { level: 1 })).toBeVisible();
      const csv = await other.request.get(csvPath, { maxRedirects: 0 });
      // Sent to sign-in: by the proxy now, which checks the session's version too (issue 18, item 9).
      expect([303, 307]).toContain(csv.status());
      expect(csv.headers()["location"]).toContain("/en/sign-in");
      expect(await csv.text()).not.toContain("@");
    } finally {
      await other.close();
    }
  });
});
