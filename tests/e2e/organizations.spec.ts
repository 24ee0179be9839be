import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { sql } from "./support/database";
import { screenshotDesktopAndPhone } from "./support/screenshots";

// Issue 18, item 3: administrators' organizations screen — names per
// language, merging a duplicate (confirmed on its own page), deleting an
// unused one; only administrators see it.

const suffix = () => randomBytes(3).toString("hex");

/** A fresh organization written straight to the database (no journey creates one outside a meeting). */
async function organization(name: string) {
  const id = `e2eorg${suffix()}${suffix()}`;
  await sql(`INSERT INTO "Organization" (id, slug, kind) VALUES ($1, $2, 'PARTNER')`, [id, `e2e-org-${id}`]);
  await sql(`INSERT INTO "OrganizationTranslation" ("organizationId", locale, name) VALUES ($1, 'en', $2)`, [id, name]);
  return id;
}

test("an administrator names an organization in French and merges a duplicate into it, confirmed", async ({ page }) => {
  const tag = suffix();
  const kept = await organization(`Customs Partner Agency ${tag}`);
  const duplicate = await organization(`Customs Partner Agency (duplicate) ${tag}`);
  await signInAs(page, DEMO_ACCOUNTS.admin);
  await page.goto("/en/staff/organizations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizations");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "organizations-list-en");
  await page.goto("/ar/staff/organizations");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await screenshotDesktopAndPhone(page, "organizations-list-ar");

  await page.goto(`/en/staff/organizations?q=${tag}`);
  await page.getByRole("link", { name: `Customs Partner Agency ${tag}`, exact: true }).click();
  await expect(page).toHaveURL(`/en/staff/organizations/${kept}`);
  await page.locator('input[name="t.fr.name"]').fill(`Agence douanière partenaire ${tag}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.locator('input[name="t.fr.name"]')).toHaveValue(`Agence douanière partenaire ${tag}`);
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "organization-editor-en");
  await page.goto(`/ar/staff/organizations/${kept}`);
  await screenshotDesktopAndPhone(page, "organization-editor-ar");

  // The duplicate: merged into the kept one, after its confirmation page.
  await page.goto(`/en/staff/organizations/${duplicate}`);
  await page.getByLabel("Merge into").selectOption({ label: `Customs Partner Agency ${tag}` });
  await page.getByRole("button", { name: "Review the merge" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merge organizations");
  await expect(page.getByTestId("confirm-step")).toContainText(`Customs Partner Agency (duplicate) ${tag}`);
  await expect(page.getByTestId("confirm-step")).toContainText("will be merged into");
  await expectNoAxeViolations(page);
  await screenshotDesktopAndPhone(page, "organization-merge-en");
  const confirmUrl = page.url();
  await page.goto(confirmUrl.replace("/en/", "/ar/"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await screenshotDesktopAndPhone(page, "organization-merge-ar");
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page).toHaveURL(`/en/staff/organizations/${kept}?merged=1`);
  await expect(page.getByRole("status").filter({ hasText: "Merged" })).toBeVisible();
  expect((await page.goto(`/en/staff/organizations/${duplicate}`))?.status()).toBe(404);
});

test("staff of a region do not see or reach the organizations screen", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await expect(
    page.getByRole("navigation", { name: "Staff navigation" }).getByRole("link", { name: "Organizations" }),
  ).toHaveCount(0);
  const response = await page.goto("/en/staff/organizations");
  expect(response?.status()).toBe(403);
});
