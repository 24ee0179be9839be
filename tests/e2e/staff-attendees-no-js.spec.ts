// The attendee form without JavaScript (and so before hydration): every kind
// of organization is rendered on the server and switched by CSS, and each is
// added by a plain POST (issue 19, item 1).
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { sql } from "./support/database";
import { screenshotBoth } from "./support/screenshots";

test.use({ javaScriptEnabled: false });

const suffix = () => randomBytes(3).toString("hex");

/** A new draft meeting of its own (the seeded drafts are edited by other journeys), created without JavaScript. */
async function createMeeting(page: Page, title: string) {
  await page.goto("/en/staff/meetings/new");
  await page.locator('input[name="t.en.title"]').fill(title);
  await page.getByLabel("Start date", { exact: true }).fill("2031-03-04");
  await page.getByLabel("End date", { exact: true }).fill("2031-03-05");
  await page.getByLabel("Time zone of the venue", { exact: true }).selectOption("Europe/Brussels");
  await page.getByRole("button", { name: "Create draft", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

async function savedAttendees(meetingId: string) {
  return sql<{ role: string; structure: string | null; organization: string | null; country: string | null }>(
    `SELECT a.role::text AS role, s.slug AS structure, ot.name AS organization, o."countryCode" AS country
       FROM "Attendee" a
       LEFT JOIN "Structure" s ON s.id = a."structureId"
       LEFT JOIN "Organization" o ON o.id = a."organizationId"
       LEFT JOIN "OrganizationTranslation" ot ON ot."organizationId" = o.id AND ot.locale = 'en'
      WHERE a."meetingId" = $1 ORDER BY a.position`,
    [meetingId],
  );
}

test("without JavaScript, an attendee of every kind is added: a structure, an organization in the portal, a new one", async ({
  page,
}) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  const meetingId = await createMeeting(page, `Attendees without JavaScript ${suffix()}`);
  await page.goto(`/en/staff/meetings/${meetingId}/attendees`);
  const add = page.locator("section[aria-labelledby='attendee-add']");
  const cards = page.locator("section[aria-labelledby='attendees-list'] > ol > li");

  // Only the chosen kind's fields show; the others are in the page, hidden by CSS.
  await expect(add.getByLabel("A regional structure")).toBeChecked();
  await expect(add.getByLabel("Regional structure", { exact: true })).toBeVisible();
  await expect(add.getByLabel("Organization", { exact: true })).toBeHidden();
  await expect(add.getByLabel("Name of the new organization")).toBeHidden();
  await screenshotBoth(page, "staff-attendee-form-no-js-en");

  // 1. A regional structure, with one person in the spare row (no "Add a person" button without JavaScript).
  await expect(add.getByRole("button", { name: "Add a person" })).toHaveCount(0);
  const person = `Nurlan Spare ${suffix()}`;
  await add.getByLabel("Full name").fill(person);
  await add.getByLabel("E-mail (private)").fill("nurlan@example.org");
  await add.getByLabel("Role").selectOption("HOST");
  await add
    .getByLabel("Regional structure", { exact: true })
    .selectOption({ label: "WCO Regional Training Centre Moscow" });
  await add.getByRole("button", { name: "Add attendee" }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("WCO Regional Training Centre Moscow");
  await expect(cards.first()).toContainText(person);
  await expect(cards.first()).toContainText("nurlan@example.org");
  // The spare row is empty again; left empty, it adds nobody.
  await expect(add.getByLabel("Full name")).toHaveValue("");

  // 2. An organization already in the portal: choosing it shows its select, hides the structure's.
  await add.getByLabel("An organization already in the portal").check();
  await expect(add.getByLabel("Regional structure", { exact: true })).toBeHidden();
  await add.getByLabel("Role").selectOption("PARTNER");
  await add.getByLabel("Organization", { exact: true }).selectOption({ label: "OSCE Programme Office in Bishkek" });
  await add.getByRole("button", { name: "Add attendee" }).click();
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText("OSCE Programme Office in Bishkek");
  await expect(cards.nth(1)).toContainText("No named people.");

  // 3. A new organization, first without its kind: refused, with what was typed and the choice kept.
  const newOrg = `Customs Academy without scripts ${suffix()}`;
  await add.getByLabel("A new organization").check();
  await expect(add.getByLabel("Name of the new organization")).toBeVisible();
  await add.getByLabel("Role").selectOption("OBSERVER");
  await add.getByLabel("Name of the new organization").fill(newOrg);
  await add.getByRole("button", { name: "Add attendee" }).click();
  await expect(add.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(add.getByLabel("A new organization")).toBeChecked();
  await expect(add.getByLabel("Name of the new organization")).toHaveValue(newOrg);
  await expect(cards).toHaveCount(2);
  await screenshotBoth(page, "staff-attendee-form-no-js-refused-en");
  await add.getByLabel("Kind of organization").selectOption("MEMBER_ADMINISTRATION");
  await add.getByLabel("Country (optional)").selectOption({ label: "Kyrgyzstan" });
  await add.getByRole("button", { name: "Add attendee" }).click();
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2)).toContainText(newOrg);
  await expect(cards.nth(2)).toContainText("Kyrgyzstan");

  // Saved as sent, each kind from its own fields only.
  expect(await savedAttendees(meetingId)).toEqual([
    { role: "HOST", structure: "rtc-moscow", organization: null, country: null },
    { role: "PARTNER", structure: null, organization: "OSCE Programme Office in Bishkek", country: "KG" },
    { role: "OBSERVER", structure: null, organization: newOrg, country: "KG" },
  ]);

  // The edit form of the new organization's row opens on "an organization already in the portal", its own.
  await cards.nth(2).getByText("Edit").click();
  await expect(cards.nth(2).getByLabel("An organization already in the portal")).toBeChecked();
  await expect(cards.nth(2).getByLabel("Organization", { exact: true })).toBeVisible();

  await page.goto(`/ar/staff/meetings/${meetingId}/attendees`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await screenshotBoth(page, "staff-attendee-form-no-js-ar");
});
