import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import { signInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotDesktopAndPhone } from "./support/screenshots";
import { jsonFeedErrors, jsonLdErrors } from "../support/open-data-schemas";

// The public register of decisions and the decisions on a meeting page
// (issue 21), without JavaScript: the filters are a plain GET form.
test.use({ javaScriptEnabled: false });

/** axe runs in the page's JavaScript: the same address in a context that has it (signed in as `account`). */
async function axeWithJavaScript(browser: Browser, url: string, account?: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  if (account) await signInAs(page, account);
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

test("the register, filtered by status and kind, in English and Arabic (screenshots)", async ({ page, browser }) => {
  test.setTimeout(120_000); // axe and eight screenshots on a shared machine
  await page.goto("/en/decisions");
  await expect(page.getByRole("heading", { level: 1, name: "Decisions" })).toBeVisible();
  await expect(page.getByText("The seventh informal meeting will be held")).toBeVisible();
  await page.getByLabel("Status").selectOption("done");
  await page.getByLabel("Kind", { exact: true }).selectOption("next-meeting");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=done/);
  const items = page.locator("[data-decision]");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("Next meeting");
  await expect(items.first().getByRole("link", { name: /Seventh/i })).toBeVisible();
  await axeWithJavaScript(browser, page.url());
  await page.goto("/en/decisions");
  await screenshotDesktopAndPhone(page, "decisions-register-en");
  // The responsible structure is a filter like the others, listing the structures responsible for a decision.
  await page.getByLabel("Responsible structure").selectOption(SEED_SLUGS.rtcBishkek);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`structure=${SEED_SLUGS.rtcBishkek}`));
  await expect(page.locator("[data-decision]")).toHaveCount(1);

  await page.goto(`/ar/decisions?structure=${SEED_SLUGS.rtcBishkek}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "القرارات" })).toBeVisible();
  await expect(page.locator("[data-decision]")).toHaveCount(1);
  await expect(page.locator("[data-decision]").first()).toContainText("خطة عمل");
  // The filter in the address shows in its field, so the visitor sees why the list is short.
  await expect(page.getByLabel("الجهة المسؤولة")).toHaveValue(SEED_SLUGS.rtcBishkek);
  // Several responsible structures are joined the Arabic way ("أ وب"), not with a Latin comma.
  const responsible = page
    .locator("[data-decision]")
    .first()
    .locator("dd", { has: page.locator('a[href*="/structures/"]') });
  await expect(responsible).toContainText(" و");
  await expect(responsible).not.toContainText(", ");
  await screenshotDesktopAndPhone(page, "decisions-register-ar");
});

test("the register names its JSON Feed and describes its decisions in schema.org JSON-LD", async ({
  page,
  request,
}) => {
  await page.goto("/en/decisions");
  const feedLink = page.locator('link[rel="alternate"][type="application/feed+json"]');
  await expect(feedLink).toHaveAttribute("href", /\/en\/decisions\/feed\.json$/);
  const feedUrl = new URL((await feedLink.getAttribute("href"))!);
  const feed = await (await request.get(feedUrl.pathname)).json();
  expect(jsonFeedErrors(feed)).toEqual([]);
  const [list] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(jsonLdErrors(list)).toEqual([]);
  const seventh = list.itemListElement.find((e: { item: { text: string } }) =>
    e.item.text.startsWith("The seventh informal meeting will be held"),
  );
  expect(seventh.item).toMatchObject({
    "@type": "CreativeWork",
    creativeWorkStatus: "Done",
    inLanguage: "en",
    dateCreated: "2011-05-09",
    recordedAt: { "@type": "Event", url: expect.stringContaining(`/en/meetings/${SEED_SLUGS.brussels2011}`) },
  });
});

test("the region and series pages link to their decisions: the register filtered, one cached view each", async ({
  page,
}) => {
  await page.goto("/en/regions/eur");
  await page.getByRole("link", { name: "Decisions of the region" }).click();
  await expect(page).toHaveURL(/\/en\/decisions\?region=eur$/);
  await expect(page.getByLabel("Region")).toHaveValue("eur");
  const europe = page.locator("[data-decision]");
  await expect(europe.first()).toBeVisible();
  await expect(page.getByText("The seventh informal meeting will be held")).toHaveCount(0);

  await page.goto(`/en/meetings/series/${SEED_SLUGS.seriesInformal}`);
  await page.getByRole("link", { name: "Decisions of this series" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/decisions\\?series=${SEED_SLUGS.seriesInformal}$`));
  await expect(page.getByTestId("decisions-series").getByRole("link")).toHaveAttribute(
    "href",
    `/en/meetings/series/${SEED_SLUGS.seriesInformal}`,
  );
  await expect(page.getByText("The seventh informal meeting will be held")).toBeVisible();
  await expect(page.locator("[data-decision]").filter({ hasText: "joint action plan" })).toHaveCount(0);
  await page.goto(`/ar/decisions?series=${SEED_SLUGS.seriesInformal}`);
  await expect(page.getByTestId("decisions-series")).toContainText("قرارات اجتماعات سلسلة");
});

test("a meeting page lists its decisions, and the next meeting of the series what became of them", async ({ page }) => {
  await page.goto(`/en/meetings/${SEED_SLUGS.bishkek2021}`);
  const decisions = page.getByRole("region", { name: "Decisions" });
  await expect(decisions.locator("[data-decision]")).toHaveCount(2);
  await expect(decisions.getByText("Carried out by the plan")).toBeVisible();
  await page.goto("/en/meetings/seventh-informal-meeting-rocb-rtc-vice-chairs-2012");
  const previous = page.getByRole("region", { name: "Decisions of the previous meeting" });
  await expect(previous.getByText("The seventh informal meeting will be held")).toBeVisible();
  await expect(previous.getByText("Done", { exact: true })).toBeVisible();
});

// Staff record a decision and its follow-up on the meeting's outcomes tab,
// without JavaScript (plain POSTs of the server actions): the decision's
// kind, status (dated in its history) and responsible centre; an action-plan
// decision offers to start the plan, which opens adopted on it.
test("staff record a decision and its follow-up without JavaScript (screenshots)", async ({ browser }) => {
  test.setTimeout(120_000); // a meeting created, a decision recorded and followed up, axe and screenshots
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  const title = `Meeting deciding a plan ${randomBytes(3).toString("hex")}`;
  await page.goto("/en/staff/meetings/new");
  await page.locator('input[name="t.en.title"]').fill(title);
  await page.getByLabel("Start date", { exact: true }).fill("2030-03-10");
  await page.getByLabel("End date", { exact: true }).fill("2030-03-11");
  await page.getByLabel("Time zone of the venue", { exact: true }).selectOption("Asia/Bishkek");
  await page.getByRole("button", { name: "Create draft", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
  const editor = new URL(page.url()).pathname;

  await page.goto(`${editor}/outcomes`);
  const followUp = page.getByRole("region", { name: "Follow-up of the decisions" });
  await expect(followUp.getByText("This meeting has no decision yet")).toBeVisible();
  const add = page.getByRole("region", { name: "Add an outcome or decision" });
  await add.getByLabel("Kind", { exact: true }).selectOption("DECISION");
  await add.locator('textarea[name="t.en.text"]').fill("The centres will draw up a joint plan of training.");
  await add.getByRole("button", { name: "Add an outcome or decision" }).click();

  const decision = followUp.getByRole("listitem").filter({ hasText: "The centres will draw up a joint plan" });
  await expect(decision).toContainText("Decision 1 · Open");
  await decision.getByLabel("Kind of decision").selectOption("ACTION_PLAN");
  await decision.getByLabel("Status").selectOption("IN_PROGRESS");
  await decision.getByLabel("Due date").fill("2031-06-30");
  await decision.getByRole("checkbox", { name: "Regional Training Centre Bishkek" }).check();
  await decision.getByRole("button", { name: "Save the follow-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  const saved = followUp.getByRole("listitem").filter({ hasText: "The centres will draw up a joint plan" });
  await expect(saved).toContainText("Decision 1 · In progress");
  await expect(saved.getByText(/^In progress on .+\(.+\)$/)).toBeVisible();
  await expect(saved.getByLabel("Due date")).toHaveValue("2031-06-30");
  await expect(saved.getByRole("checkbox", { name: "Regional Training Centre Bishkek" })).toBeChecked();
  await axeWithJavaScript(browser, page.url(), DEMO_ACCOUNTS.staffEurope);
  await screenshotDesktopAndPhone(page, "decisions-editor-en");
  await page.goto(`/ar${editor.slice(3)}/outcomes`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "متابعة القرارات" })).toBeVisible();
  await screenshotDesktopAndPhone(page, "decisions-editor-ar");

  // An unknown article is refused by its field, with the typed address kept.
  await page.goto(`${editor}/outcomes`);
  const again = followUp.getByRole("listitem").filter({ hasText: "The centres will draw up a joint plan" });
  await again.getByLabel("Reported in the news article").fill("no-such-article-anywhere");
  await again.getByRole("button", { name: "Save the follow-up" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Reported in the news article" })).toBeVisible();
  await expect(page.getByLabel("Reported in the news article")).toHaveValue("no-such-article-anywhere");

  // "Start the action plan": the new plan form, adopted at this meeting on this decision.
  await page.goto(`${editor}/outcomes`);
  await page.getByRole("link", { name: "Start the action plan" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/plans\/new\?decision=[a-z0-9]+$/);
  await expect(page.getByLabel("Adopted at")).toHaveValue(editor.split("/").pop()!);
  await expect(page.locator('select[name="decisionId"] option:checked')).toContainText("joint plan of training");
  await context.close();
});
