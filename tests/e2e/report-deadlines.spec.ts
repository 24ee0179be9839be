import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { sql } from "./support/database";
import { screenshotDesktopAndPhone } from "./support/screenshots";

// Report deadlines on the dashboards (issue 21): a report due within 14 days
// or overdue is flagged on the RTC's dashboard ("Reports due") and listed,
// with its centre, on its region's ROCB's ("Report deadlines of the centres").

const DAY = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** An adopted Europe plan (an old period, so the demo plan stays first) with two activities of RTC Bishkek. */
async function planWithDeadlines() {
  const suffix = randomBytes(3).toString("hex");
  const planId = `e2edeadlines${suffix}`;
  const soon = { id: `${planId}a`, title: `Course on transit due soon ${suffix}`, ar: `دورة عن العبور ${suffix}` };
  const late = { id: `${planId}b`, title: `Seminar on valuation overdue ${suffix}`, ar: `حلقة عن التقييم ${suffix}` };
  await sql(
    `INSERT INTO "ActionPlan" (id, slug, "regionId", "periodStart", "periodEnd", status, "updatedAt")
     SELECT $1, $2, r.id, '2018-01-01', '2030-12-31', 'ADOPTED', now() FROM "Region" r WHERE r.code = 'EUR'`,
    [planId, `e2e-deadlines-${suffix}`],
  );
  await sql(`INSERT INTO "ActionPlanTranslation" ("planId", locale, title) VALUES ($1, 'en', $2)`, [
    planId,
    `Plan with deadlines ${suffix}`,
  ]);
  for (const [i, a, end] of [
    [0, soon, dateIn(5)],
    [1, late, dateIn(-2)],
  ] as const) {
    await sql(
      `INSERT INTO "Activity" (id, "planId", position, "responsibleStructureId", "plannedStart", "plannedEnd", status, "updatedAt")
       SELECT $1, $2, $3, s.id, $4, $5, 'IN_PROGRESS', now() FROM "Structure" s WHERE s.slug = $6`,
      [a.id, planId, i, dateIn(-30), end, SEED_SLUGS.rtcBishkek],
    );
    await sql(`INSERT INTO "ActivityTranslation" ("activityId", locale, title) VALUES ($1, 'en', $2), ($1, 'ar', $3)`, [
      a.id,
      a.title,
      a.ar,
    ]);
  }
  return { soon, late };
}

async function dashboard(browser: Browser, account: string, locale = "en") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, account, { locale });
  return { context, page };
}

test("reports due within 14 days or overdue are flagged on the RTC's and the ROCB's dashboards (screenshots)", async ({
  browser,
}) => {
  test.setTimeout(120_000); // two accounts, two languages, eight screenshots
  const { soon, late } = await planWithDeadlines();

  const rtc = await dashboard(browser, DEMO_ACCOUNTS.rtcBishkek);
  const due = rtc.page.locator("section#reports-due, section[aria-labelledby=reports-due]");
  const soonItem = due.getByRole("listitem").filter({ hasText: soon.title });
  await expect(soonItem.getByTestId("deadline-flag")).toHaveText("Due in 5 days");
  const lateItem = due.getByRole("listitem").filter({ hasText: late.title });
  await expect(lateItem.getByTestId("deadline-flag")).toHaveText("Overdue by 2 days");
  await screenshotDesktopAndPhone(rtc.page, "dashboard-rtc-deadlines-en");
  await rtc.page.goto("/ar/staff");
  await expect(rtc.page.locator("html")).toHaveAttribute("dir", "rtl");
  const arabicItem = rtc.page.getByRole("listitem").filter({ hasText: soon.ar });
  await expect(arabicItem.getByTestId("deadline-flag")).toHaveText("مستحق خلال 5 أيام");
  await screenshotDesktopAndPhone(rtc.page, "dashboard-rtc-deadlines-ar");
  await rtc.context.close();

  const rocb = await dashboard(browser, DEMO_ACCOUNTS.staffEurope);
  const deadlines = rocb.page.locator("section[aria-labelledby=report-deadlines]");
  await expect(deadlines.getByRole("heading", { name: "Report deadlines of the centres" })).toBeVisible();
  const rocbSoon = deadlines.getByRole("listitem").filter({ hasText: soon.title });
  await expect(rocbSoon.getByTestId("deadline-flag")).toHaveText("Due in 5 days");
  await expect(rocbSoon).toContainText("Regional Training Centre Bishkek");
  const rocbLate = deadlines.getByRole("listitem").filter({ hasText: late.title });
  await expect(rocbLate.getByTestId("deadline-flag")).toHaveText("Overdue by 2 days");
  await screenshotDesktopAndPhone(rocb.page, "dashboard-rocb-deadlines-en");
  await rocb.page.goto("/ar/staff");
  await expect(
    rocb.page.locator("section[aria-labelledby=report-deadlines]").getByRole("listitem").filter({ hasText: soon.ar }),
  ).toContainText("مستحق خلال 5 أيام");
  await screenshotDesktopAndPhone(rocb.page, "dashboard-rocb-deadlines-ar");
  await rocb.context.close();
});
