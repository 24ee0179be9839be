// The staff area as each demo account sees it, in English and Arabic, at
// desktop and phone width: every page is checked (its heading, no WCAG
// violation) and photographed into screenshots/staff-* for a person to look at.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { screenshotBoth } from "./support/screenshots";
import en from "../../messages/en.json";
import ar from "../../messages/ar.json";

const words = { en, ar };

const id = async (table: "Meeting" | "NewsArticle" | "Structure", slug: string) =>
  (await sql<{ id: string }>(`SELECT id FROM "${table}" WHERE slug = $1`, [slug]))[0].id;

async function shoot(page: Page, name: string, path: string, heading?: RegExp | string) {
  await page.goto(path);
  const h1 = page.getByRole("heading", { level: 1 });
  if (heading) await expect(h1.first()).toHaveText(heading);
  else await expect(page.locator("main")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, `staff-${name}`);
}

for (const locale of ["en", "ar"] as const) {
  test.describe(`staff screens (${locale})`, () => {
    // Many pages each, every one checked with axe and photographed twice.
    test.describe.configure({ timeout: 300_000 });
    test(`administrator (${locale})`, async ({ page }) => {
      await signInAs(page, DEMO_ACCOUNTS.admin, { locale });
      const bishkek = await id("Meeting", SEED_SLUGS.bishkek2021);
      const base = `/${locale}/staff`;
      await shoot(page, `admin-dashboard-${locale}`, base);
      await shoot(page, `admin-meetings-${locale}`, `${base}/meetings`);
      for (const tab of ["", "/agenda", "/outcomes", "/related", "/attendees", "/documents"]) {
        await shoot(
          page,
          `admin-meeting${tab.replace("/", "-") || "-details"}-${locale}`,
          `${base}/meetings/${bishkek}${tab}`,
        );
        // Every tab carries the same header: back link, title, chips, tab bar with the current tab marked.
        await expect(
          page.getByRole("navigation", { name: words[locale].StaffMeetings.sections }).locator("[aria-current=page]"),
        ).toHaveCount(1);
      }
      await shoot(page, `admin-meeting-preview-${locale}`, `${base}/meetings/${bishkek}/preview`);
      await shoot(page, `admin-news-${locale}`, `${base}/news/${await id("NewsArticle", SEED_SLUGS.bishkek2021News)}`);
      await shoot(page, `admin-users-${locale}`, `${base}/users`);
      await shoot(page, `admin-audit-${locale}`, `${base}/audit`);
    });

    test(`ROCB staff (${locale})`, async ({ page }) => {
      await signInAs(page, DEMO_ACCOUNTS.staffEurope, { locale });
      const base = `/${locale}/staff`;
      await shoot(page, `europe-dashboard-${locale}`, base);
      await shoot(page, `europe-new-meeting-${locale}`, `${base}/meetings/new`);
      // The error summary: every problem, a link to its field, focus on it, "Error:" in the title.
      await page.getByRole("button", { name: words[locale].StaffMeetings.createDraft }).click();
      const summary = page.getByRole("alert").filter({ has: page.getByRole("link") });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link").first()).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${words[locale].StaffEditor.errorTitlePrefix} `));
      await screenshotBoth(page, `staff-europe-new-meeting-errors-${locale}`);
      const draft = await id("Meeting", SEED_SLUGS.draftMeeting);
      await shoot(page, `europe-meeting-draft-${locale}`, `${base}/meetings/${draft}`);
      // The publishing panel says what will become public before anything changes.
      await page.locator("section[aria-labelledby=status-heading]").getByRole("button").first().click();
      await expect(
        page.locator("section[aria-labelledby=status-heading] form[aria-labelledby=publication-confirm-title]"),
      ).toBeVisible();
      await screenshotBoth(page, `staff-europe-publish-review-${locale}`);
      await shoot(page, `europe-meeting-attendees-${locale}`, `${base}/meetings/${draft}/attendees`);
      await shoot(page, `europe-news-list-${locale}`, `${base}/news`);
      await shoot(page, `europe-new-news-${locale}`, `${base}/news/new`);
    });

    test(`RTC representative (${locale})`, async ({ page }) => {
      await signInAs(page, DEMO_ACCOUNTS.rtcBishkek, { locale });
      const base = `/${locale}/staff`;
      await shoot(page, `rtc-dashboard-${locale}`, base);
      await expect(page.getByRole("link", { name: words[locale].Staff.editMyCentre })).toBeVisible();
      await shoot(page, `rtc-profile-${locale}`, `${base}/structures/${await id("Structure", SEED_SLUGS.rtcBishkek)}`);
      const bishkek = await id("Meeting", SEED_SLUGS.bishkek2021);
      await shoot(page, `rtc-meeting-preview-${locale}`, `${base}/meetings/${bishkek}/preview`);
      // A published meeting's preview never says "not public": it is public in English (and Russian), not in Arabic.
      await expect(
        page.getByText(
          locale === "en"
            ? words.en.StaffMeetings.previewBannerPublic
            : words.ar.StaffMeetings.previewBannerPublicOtherLanguage,
        ),
      ).toBeVisible();
      await expect(page.getByText(words[locale].StaffMeetings.previewBanner, { exact: true })).toHaveCount(0);
    });
  });
}
