import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

const planPath = (locale: string) => `/${locale}/regions/eur/plans/${SEED_SLUGS.europePlan2021}`;
const workshop = "Regional workshop on post-clearance audit";

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

test.describe.serial("joint action plan: report, review, public follow-up", () => {
  test("an RTC report counts publicly only once ROCB staff accept it; a returned report shows its comment", async ({ browser, page }) => {
    // The demo plan before: four of the nine activities that count are done.
    await page.goto(planPath("en"));
    await expect(page.getByTestId("plan-overall")).toContainText("4 of 9 activities done");
    await expect(page.getByTestId("group-summary-rtc-bishkek")).toContainText("1 of 3 activities done");

    // 1. RTC Bishkek reports the workshop done with its indicator values.
    const rtc = await signedIn(browser, DEMO_ACCOUNTS.rtcBishkek);
    const due = rtc.page.locator("section", { has: rtc.page.getByRole("heading", { name: "Reports due" }) });
    await expect(due.getByRole("link", { name: workshop })).toBeVisible();
    await due.getByRole("link", { name: workshop }).click();
    await expect(rtc.page.getByRole("heading", { name: "Report progress" })).toBeVisible();
    await rtc.page.getByLabel("Status reached").selectOption("DONE");
    await rtc.page.getByLabel("Workshops held").fill("1");
    await rtc.page.getByLabel("Officers trained").fill("27");
    await rtc.page.locator('textarea[name="t.en.narrative"]').fill("The workshop was held in Bishkek with 27 auditors.");
    await rtc.page.getByRole("button", { name: "Submit the report" }).click();
    await expect(rtc.page).toHaveURL(/\/en\/staff\/reports\/[a-z0-9]+\?submitted=1/);
    await expect(rtc.page.getByTestId("report-status")).toHaveText("Awaiting review");

    // 2. The public page does not count it yet.
    await page.goto(planPath("en"));
    await expect(page.getByTestId("plan-overall")).toContainText("4 of 9 activities done");
    await expect(page.getByTestId("group-summary-rtc-bishkek")).toContainText("1 of 3 activities done");

    // 3. ROCB Europe's staff accept it.
    const staff = await signedIn(browser, DEMO_ACCOUNTS.staffEurope);
    const review = staff.page.locator("section", { has: staff.page.getByRole("heading", { name: "Reports to review" }) });
    await review.getByRole("link", { name: workshop }).click();
    await expect(staff.page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
    await staff.page.getByRole("button", { name: "Accept" }).click();
    await expect(staff.page.getByTestId("report-status")).toHaveText("Accepted");
    const acceptedAt = Date.now();

    // 4. Within a second the plan page and the region page show it done.
    await page.goto(planPath("en"));
    await expect(page.getByTestId("plan-overall")).toContainText("5 of 9 activities done");
    await expect(page.getByTestId("group-summary-rtc-bishkek")).toContainText("2 of 3 activities done");
    await page.goto("/en/regions/eur");
    await expect(page.getByTestId("plan-summary-done").first()).toHaveText("5 of 9 activities done");
    expect(Date.now() - acceptedAt).toBeLessThan(1000 + 2000); // one second, plus two page loads on a busy CI machine

    // 5. The report returned with a comment shows the comment to the RTC representative.
    await rtc.page.goto("/en/staff");
    const returned = rtc.page.locator("section", { has: rtc.page.getByRole("heading", { name: "Returned to you" }) });
    await returned.getByRole("link", { name: /E-learning module on customs valuation/ }).click();
    await expect(rtc.page.getByTestId("review-comment")).toContainText("not the number enrolled");
    await expect(rtc.page.getByRole("heading", { name: "Edit the report" })).toBeVisible();
    await rtc.context.close();
    await staff.context.close();
  });
});

test.describe("plan page", () => {
  for (const locale of ["en", "ar"]) {
    test(`passes axe in ${locale}, with the chart readable at desktop and phone sizes`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(planPath(locale));
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator("#timeline-caption")).toBeVisible();
      await expectNoAxeViolations(page);
      const charts = page.locator("figure");
      await expect(charts).toHaveCount(2);
      for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
        await page.setViewportSize(viewport);
        await charts.nth(0).screenshot({ path: `screenshots/plan-completion-${locale}-${size}.png` });
        await charts.nth(1).screenshot({ path: `screenshots/plan-timeline-${locale}-${size}.png` });
      }
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("shows the charts, their data tables, the CSV and the follow-up at the 12th meeting", async ({ page, request }) => {
      await page.goto(planPath("en"));
      await expect(page.locator("svg[role=img]").first()).toBeVisible();
      await page.getByText("Show the figures as a table").first().click();
      await expect(page.locator("table").first()).toBeVisible();
      await expect(page.getByRole("link", { name: /11th Meeting/ })).toBeVisible();
      const csv = await request.get(`${planPath("en")}/export.csv`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain("Regional course on Authorized Economic Operator programmes");
      await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
      await expect(page.getByRole("heading", { name: "Joint action plan adopted by this meeting" })).toBeVisible();
      await page.goto(`/en/meetings/${SEED_SLUGS.europe2022}`);
      await expect(page.getByRole("heading", { name: "Follow-up of the plan adopted at the previous meeting" })).toBeVisible();
      await page.goto(`/ru${planPath("en").slice(3)}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Совместный план действий");
      await page.goto(`/fr${planPath("en").slice(3)}`);
      await expect(page.getByRole("note")).toBeVisible();
    });
  });
});
