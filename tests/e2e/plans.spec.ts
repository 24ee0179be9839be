import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotDesktopAndPhone } from "./support/screenshots";

const planPath = (locale: string) => `/${locale}/regions/eur/plans/${SEED_SLUGS.europePlan2021}`;
const workshop = "Regional workshop on post-clearance audit";
const pdf =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

async function apiPlan(page: Page, slug: string = SEED_SLUGS.europePlan2021, locale = "en") {
  const response = await page.request.get(`/api/v1/plans/${slug}?locale=${locale}`);
  expect(response.status()).toBe(200);
  return (await response.json()).data;
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

test.describe.serial("joint action plan: report, review, public follow-up", () => {
  test("an RTC report counts publicly only once ROCB staff accept it; a returned report shows its comment", async ({
    browser,
    page,
  }) => {
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
    await rtc.page
      .locator('textarea[name="t.en.narrative"]')
      .fill("The workshop was held in Bishkek with 27 auditors.");
    await rtc.page.getByLabel("Title of the evidence file").fill("Attendance list");
    await rtc.page
      .getByLabel("Evidence file", { exact: true })
      .setInputFiles({ name: "attendance.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await rtc.page.getByRole("button", { name: "Submit the report" }).click();
    await expect(rtc.page).toHaveURL(/\/en\/staff\/reports\/[a-z0-9]+\?submitted=1/);
    await expect(rtc.page.getByTestId("report-status")).toHaveText("Awaiting review");

    // The evidence downloads for the centre's representative (and below, for ROCB staff), never for the public.
    const evidence = rtc.page.getByRole("link", { name: "Attendance list" });
    const evidenceHref = (await evidence.getAttribute("href"))!;
    expect(evidenceHref).toMatch(/^\/api\/evidence\/[a-z0-9]+$/);
    const own = await rtc.page.request.get(evidenceHref);
    expect(own.status()).toBe(200);
    expect(own.headers()["content-disposition"]).toContain("attendance.pdf");
    expect(await own.text()).toBe(pdf);
    expect((await page.request.get(evidenceHref)).status()).toBe(404);

    // 2. The public page and the open data API do not count it yet.
    await page.goto(planPath("en"));
    await expect(page.getByTestId("plan-overall")).toContainText("4 of 9 activities done");
    await expect(page.getByTestId("group-summary-rtc-bishkek")).toContainText("1 of 3 activities done");
    expect((await apiPlan(page)).completion).toMatchObject({ done: 4, counted: 9 });

    // 3. ROCB Europe's staff accept it.
    const staff = await signedIn(browser, DEMO_ACCOUNTS.staffEurope);
    const review = staff.page.locator("section", {
      has: staff.page.getByRole("heading", { name: "Reports to review" }),
    });
    await review.getByRole("link", { name: workshop }).click();
    await expect(staff.page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
    expect((await staff.page.request.get(evidenceHref)).status()).toBe(200);
    await staff.page.getByRole("button", { name: "Accept" }).click();
    await expect(staff.page.getByTestId("report-status")).toHaveText("Accepted");
    const acceptedAt = Date.now();
    await expect(staff.page.getByRole("status").filter({ hasText: "The report was accepted" })).toBeVisible();

    // 4. Within a second the plan page and the region page show it done.
    await page.goto(planPath("en"));
    await expect(page.getByTestId("plan-overall")).toContainText("5 of 9 activities done");
    await expect(page.getByTestId("group-summary-rtc-bishkek")).toContainText("2 of 3 activities done");
    await page.goto("/en/regions/eur");
    await expect(page.getByTestId("plan-summary-done").first()).toHaveText("5 of 9 activities done");
    expect((await apiPlan(page)).completion).toMatchObject({ done: 5, counted: 9 });
    expect(Date.now() - acceptedAt).toBeLessThan(1000 + 2000); // one second, plus two page loads on a busy CI machine
    // Accepted: it counts publicly, its evidence stays with the staff.
    expect((await page.request.get(evidenceHref)).status()).toBe(404);

    // 5. The report returned with a comment shows the comment to the RTC representative.
    await rtc.page.goto("/en/staff");
    const returned = rtc.page.locator("section", { has: rtc.page.getByRole("heading", { name: "Returned to you" }) });
    await returned.getByRole("link", { name: /E-learning module on customs valuation/ }).click();
    await expect(rtc.page.getByTestId("review-comment")).toContainText("not the number enrolled");
    await expect(rtc.page.getByRole("heading", { name: "Edit the report" })).toBeVisible();

    // 6. The centre corrects it and sends it again; the staff accept it; the whole thread stays (issue 21).
    await rtc.page.getByLabel("Officers trained").fill("150");
    await rtc.page.getByRole("button", { name: "Save and submit again" }).click();
    await expect(rtc.page.getByTestId("report-status")).toHaveText("Awaiting review");
    const corrected = new URL(rtc.page.url()).pathname;
    await staff.page.goto(corrected);
    await staff.page.getByLabel("Comment", { exact: true }).fill("Thank you: the completion report is clear.");
    await staff.page.getByRole("button", { name: "Accept" }).click();
    await expect(staff.page.getByRole("status").filter({ hasText: "The report was accepted" })).toBeVisible();
    const thread = staff.page.getByTestId("review-thread").getByRole("listitem");
    await expect(thread).toHaveText([
      /^Submitted/,
      /^Returned.*not the number enrolled/,
      /^Sent again/,
      /^Accepted.*the completion report is clear/,
    ]);
    // "Reports due" has cleared of both activities, now done.
    await rtc.page.goto("/en/staff");
    const dueNow = rtc.page.locator("section", { has: rtc.page.getByRole("heading", { name: "Reports due" }) });
    await expect(dueNow.getByRole("link", { name: workshop })).toHaveCount(0);
    await expect(dueNow.getByRole("link", { name: /E-learning module on customs valuation/ })).toHaveCount(0);
    await rtc.page.goto(corrected);
    await expect(rtc.page.getByTestId("review-thread").getByRole("listitem")).toHaveCount(4);
    await screenshotDesktopAndPhone(rtc.page, "report-thread-en");
    await rtc.page.goto(corrected.replace(/^\/en\//, "/ar/"));
    await expect(rtc.page.getByRole("heading", { name: "السجل التاريخي للمراجعة" })).toBeVisible();
    await screenshotDesktopAndPhone(rtc.page, "report-thread-ar");
    await rtc.context.close();
    await staff.context.close();
  });
});

test.describe("plan editors", () => {
  test("ROCB staff build a plan: a draft is never public; adopted, it shows its activity and indicators in every language given", async ({
    browser,
    page,
  }) => {
    const suffix = Date.now().toString(36);
    const slug = `test-plan-${suffix}`;
    const title = `Test action plan ${suffix}`;
    const staff = await signedIn(browser, DEMO_ACCOUNTS.staffEurope);
    const s = staff.page;
    await s.goto("/en/staff/plans");
    await s.getByRole("link", { name: "New plan" }).click();
    await s.locator('input[name="t.en.title"]').fill(title);
    await s
      .getByRole("tab", { name: /Français/ })
      .first()
      .click();
    await s.locator('input[name="t.fr.title"]').fill(`Plan d’action d’essai ${suffix}`);
    // An older period than the demo plan's, so the demo plan stays first on the region page.
    await s.getByLabel("Period from").fill("2019-01-01");
    await s.getByLabel("Period to").fill("2019-12-31");
    await s.getByLabel("Address (slug)").fill(slug);
    await s.getByRole("button", { name: "Save the plan" }).click();
    await expect(s).toHaveURL(/\/en\/staff\/plans\/[a-z0-9]+\?created=1/);
    await expect(s.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(s.getByText("Not visible to the public")).toBeVisible();
    const publicPath = `/regions/eur/plans/${slug}`;
    expect((await page.request.get(`/en${publicPath}`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/plans/${slug}`)).status()).toBe(404);

    // An activity with two indicators; the second has a target but no English name: refused, nothing lost.
    const add = s.locator("section[aria-labelledby=activity-new]");
    await add.locator('input[name="t.en.title"]').fill("Test course on transit");
    await add.getByLabel("Responsible structure").selectOption({ label: "WCO Regional Training Centre Budapest" });
    await add.getByLabel("Planned start").fill("2019-03-01");
    await add.getByLabel("Planned end").fill("2019-06-30");
    const first = add.getByTestId("indicator-row-0");
    await first.locator('input[name="indicators.0.t.en.name"]').fill("Courses delivered");
    await first.getByRole("tab", { name: /Français/ }).click();
    await first.locator('input[name="indicators.0.t.fr.name"]').fill("Cours dispensés");
    await first.getByRole("tab", { name: /العربية/ }).click();
    await first.locator('input[name="indicators.0.t.ar.name"]').fill("الدورات المقدمة");
    await first.getByLabel("Target").fill("4");
    await first.getByLabel("Unit", { exact: true }).fill("courses");
    const second = add.getByTestId("indicator-row-1");
    await second.getByLabel("Target").fill("120");
    await second.getByLabel("Unit", { exact: true }).fill("officers");
    await add.getByRole("button", { name: "Add an activity" }).click();
    const alert = add.getByRole("alert");
    await expect(alert).toContainText("Indicator 2: Indicator name (English)");
    await expect(first.locator('input[name="indicators.0.t.fr.name"]')).toHaveValue("Cours dispensés");
    await second.locator('input[name="indicators.1.t.en.name"]').fill("Officers trained");
    await second.getByRole("tab", { name: /Русский/ }).click();
    await second.locator('input[name="indicators.1.t.ru.name"]').fill("Обучено сотрудников");
    await add.getByRole("button", { name: "Add an activity" }).click();
    await expect(add.getByRole("status")).toBeVisible();

    // The saved activity reopens with every language of its indicators.
    await s.reload();
    const saved = s.locator("details", { hasText: "Test course on transit" });
    await saved.locator("summary").click();
    await expect(saved.locator('input[name="indicators.0.t.fr.name"]')).toHaveValue("Cours dispensés");
    await expect(saved.locator('input[name="indicators.0.t.ar.name"]')).toHaveValue("الدورات المقدمة");
    await expect(saved.locator('input[name="indicators.1.t.ru.name"]')).toHaveValue("Обучено сотрудников");
    expect((await page.request.get(`/en${publicPath}`)).status()).toBe(404);

    // Adopted: public at once, in the languages given, with English where one is missing.
    const details = s.locator("section[aria-labelledby=plan-details]");
    await details.getByLabel("Status").selectOption("ADOPTED");
    await details.getByRole("button", { name: "Save the plan" }).click();
    await expect(details.getByRole("status")).toBeVisible();
    await s.reload();
    await expect(s.getByText("Visible to the public now")).toBeVisible();
    await expect(s.getByRole("link", { name: "View public page" })).toHaveAttribute("href", `/en${publicPath}`);

    await page.goto(`/fr${publicPath}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Plan d’action d’essai ${suffix}`);
    await expect(page.getByText("Cours dispensés").first()).toBeVisible();
    await page.goto(`/en${publicPath}`);
    await expect(page.getByTestId("plan-overall")).toContainText("0 of 1 activity done");
    const api = await apiPlan(page, slug, "ru");
    expect(api.activities[0].indicators.map((i: { name: string; language: string }) => [i.name, i.language])).toEqual([
      ["Courses delivered", "en"],
      ["Обучено сотрудников", "ru"],
    ]);
    const list = await (await page.request.get("/api/v1/plans?region=eur")).json();
    expect(list.data.map((p: { slug: string }) => p.slug)).toEqual(
      expect.arrayContaining([slug, SEED_SLUGS.europePlan2021]),
    );

    // The activity editor with its indicator rows, for the eye: English and Arabic, desktop and phone.
    const editorPath = new URL(s.url()).pathname.replace(/^\/en\//, "/");
    for (const locale of ["en", "ar"]) {
      await s.goto(`/${locale}${editorPath}`);
      const activity = s.locator("details", { hasText: "Test course on transit" });
      await activity.locator("summary").click();
      for (const [size, viewport] of [
        ["desktop", { width: 1280, height: 900 }],
        ["phone", { width: 390, height: 844 }],
      ] as const) {
        await s.setViewportSize(viewport);
        await activity.screenshot({ path: `screenshots/plan-activity-editor-${locale}-${size}.png` });
      }
    }
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
      for (const [size, viewport] of [
        ["desktop", { width: 1280, height: 900 }],
        ["phone", { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(viewport);
        await charts.nth(0).screenshot({ path: `screenshots/plan-completion-${locale}-${size}.png` });
        await charts.nth(1).screenshot({ path: `screenshots/plan-timeline-${locale}-${size}.png` });
      }
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("shows the charts, their data tables, the CSV and the follow-up at the 12th meeting", async ({
      page,
      request,
    }) => {
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
      await expect(
        page.getByRole("heading", { name: "Follow-up of the plan adopted at the previous meeting" }),
      ).toBeVisible();
      await page.goto(`/ru${planPath("en").slice(3)}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Совместный план действий");
      await page.goto(`/fr${planPath("en").slice(3)}`);
      await expect(page.getByRole("note")).toBeVisible();
    });
  });
});
