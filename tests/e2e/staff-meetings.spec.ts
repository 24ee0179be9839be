import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { publishThrough } from "./support/publishing";
import { screenshotBoth } from "./support/screenshots";

// The meetings editor of ROCB Europe's staff. Every test makes its own
// meetings (unique titles, dates in 2030), so none depends on another.

const suffix = () => randomBytes(3).toString("hex");
const day = () => String(10 + Math.floor(Math.random() * 18));

type NewMeeting = {
  title: string;
  titleRu?: string;
  body?: string;
  /** Hosted by RTC Bishkek and organized by ROCB Europe (shown on their public profiles). */ structures?: boolean;
};

async function fillNewMeeting(page: Page, { title, titleRu, body, structures = true }: NewMeeting) {
  await page.goto("/en/staff/meetings/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New meeting");
  const d = day();
  await page.getByLabel("Type of meeting", { exact: true }).selectOption({ label: "Regional structures meeting" });
  await page.getByLabel("Start date", { exact: true }).fill(`2030-05-${d}`);
  await page.getByLabel("Start time", { exact: true }).fill("09:00");
  await page.getByLabel("End date", { exact: true }).fill(`2030-05-${Number(d) + 2}`);
  await page.getByLabel("End time", { exact: true }).fill("17:00");
  await page.getByLabel("Time zone of the venue", { exact: true }).selectOption("Asia/Bishkek");
  await page.getByLabel("City", { exact: true }).fill("Bishkek");
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Kyrgyzstan" });
  if (structures) {
    await page
      .getByLabel("Host structure", { exact: true })
      .selectOption({ label: "WCO Regional Training Centre Bishkek" });
    await page
      .getByLabel("Organizer structure", { exact: true })
      .selectOption({ label: "Regional Office for Capacity Building for the Europe Region" });
  }
  await page.locator('input[name="t.en.title"]').fill(title);
  await page.locator('textarea[name="t.en.summary"]').fill("The regional structures of Europe meet in Bishkek.");
  await page
    .locator('textarea[name="t.en.body"]')
    .fill(body ?? "The meeting reviews the **joint action plan** of the centres.");
  if (titleRu) {
    await page.getByRole("tab", { name: /Русский/ }).click();
    await page.locator('input[name="t.ru.title"]').fill(titleRu);
    await page.locator('textarea[name="t.ru.summary"]').fill("Региональные структуры Европы встречаются в Бишкеке.");
  }
}

/** Creates a draft through the form; returns its id and public slug. */
async function createMeeting(page: Page, options: NewMeeting) {
  await fillNewMeeting(page, options);
  await page.getByRole("button", { name: "Create draft" }).click();
  // The server opens the new draft's editor and says it was created.
  await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(options.title);
  await expect(page.getByRole("status").filter({ hasText: "The draft was created" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const slug = await page.getByLabel("Web address (slug)", { exact: true }).inputValue();
  expect(slug).toMatch(/^[a-z0-9-]+$/);
  return { id, slug };
}

test.describe("the meetings editor", () => {
  test("Europe's staff create a meeting in Bishkek, keep it as a draft, then publish English and Russian one by one", async ({
    page,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const title = `Regional structures meet in Bishkek ${suffix()}`;
    const titleRu = `Региональные структуры в Бишкеке ${suffix()}`;
    await fillNewMeeting(page, { title, titleRu });
    // The live preview renders the Markdown as the public page will.
    await page.getByRole("tab", { name: /English/ }).click();
    await expect(
      page
        .getByRole("region", { name: /^Preview/ })
        .first()
        .locator("strong"),
    ).toHaveText("joint action plan");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const editor = new URL(page.url()).pathname;
    const slug = await page.getByLabel("Web address (slug)", { exact: true }).inputValue();
    await expect(page.getByText("Not visible to the public")).toBeVisible();
    await expect(page.getByLabel("Translations").getByText("English: draft")).toBeAttached();

    // A draft is absent publicly.
    const missing = await page.goto(`/en/meetings/${slug}`);
    expect(missing?.status()).toBe(404);
    await page.goto("/en/meetings");
    await expect(page.getByRole("main")).not.toContainText(title);

    // Publish the English text: public in English; Russian visitors read it with the notice.
    await page.goto(editor);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // Publishing without a language is refused at the first click, before any confirmation.
    const panel = page.locator("section[aria-labelledby=status-heading]");
    await expect(panel.getByRole("button", { name: "Publish the meeting", exact: true })).toBeVisible();
    for (const box of await panel.getByRole("checkbox").all()) await box.uncheck();
    await panel.getByRole("button", { name: "Publish the meeting", exact: true }).click();
    await expect(panel.getByRole("alert")).toContainText("Choose at least one language to show.");
    await expect(panel.locator("form[aria-labelledby=publication-confirm-title]")).toHaveCount(0);
    // The panel says what will become public, in which languages, before it does.
    const review = await publishThrough(page, { change: "Publish the meeting", languages: ["en"] });
    expect(review).toContain("the public sees it in English.");
    expect(review).toContain("Not shown: Russian (kept as drafts).");
    await expect(page.getByText("Visible to the public now")).toBeVisible();
    const english = await page.goto(`/en/meetings/${slug}`);
    expect(english?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // The zone by its localized name and offset (issue 11), not its raw id.
    await expect(page.locator("main")).toContainText("Kyrgyzstan Time (GMT+6)");
    await page.goto("/en/meetings");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/ru/meetings/${slug}`);
    await expect(page.getByRole("note")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");

    // Then the Russian text: public in Russian, no notice.
    await page.goto(`/en/staff/meetings`);
    await page.getByRole("link", { name: title, exact: true }).click();
    expect(await publishThrough(page, { change: "Change the public languages", languages: ["en", "ru"] })).toContain(
      "the public sees it in English and Russian.",
    );
    await page.goto(`/ru/meetings/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleRu);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ru");
    // The Russian text has a title and summary only: the English body is shown, marked as English, with
    // the one short notice of that part (issue 20) — never silently dropped, and no page-wide notice.
    await expect(page.getByRole("note")).toHaveCount(1);
    await expect(page.getByRole("note")).toHaveText("Ещё не переведено на этот язык: показано на английском.");
    await expect(page.locator('[lang="en"]').filter({ hasText: "joint action plan" })).toBeVisible();
  });

  test("two browsers edit one meeting: the second save is refused and keeps its text", async ({ page, browser }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const title = `Concurrent editing check ${suffix()}`;
    const { id } = await createMeeting(page, { title });
    const other = await browser.newContext();
    const second = await other.newPage();
    await signInAs(second, DEMO_ACCOUNTS.admin);
    await second.goto(`/en/staff/meetings/${id}`);
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.locator('input[name="t.en.title"]').fill(`${title} (first)`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    const secondText = `${title} (second, would overwrite)`;
    await second.locator('input[name="t.en.title"]').fill(secondText);
    await second.locator('textarea[name="t.en.summary"]').fill("A summary typed in the second browser.");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    await expect(second.getByRole("alert").filter({ hasText: "Someone else saved this record" })).toBeVisible();
    await expect(second.locator('input[name="t.en.title"]')).toHaveValue(secondText);
    await expect(second.locator('textarea[name="t.en.summary"]')).toHaveValue("A summary typed in the second browser.");
    await other.close();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (first)`);
  });

  test("bad input gives field errors, keeps what was typed and saves nothing; a script tag never runs", async ({
    page,
  }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const marker = `Nothing saved ${suffix()}`;
    await fillNewMeeting(page, { title: "placeholder" });
    await page.locator('input[name="t.en.title"]').fill("");
    await page.locator('textarea[name="t.en.summary"]').fill(marker);
    await page.getByLabel("End date", { exact: true }).fill("2030-05-01");
    await page.getByRole("button", { name: "Create draft" }).click();
    // The error summary names each problem and links to its field; focus moves to it.
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Title (English): This field is required." })).toHaveAttribute(
      "href",
      "#field-t.en.title",
    );
    await expect(summary.getByRole("link", { name: "End date: The end must be after the start." })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('[id="field-t.en.title-error"]')).toHaveText("This field is required.");
    await expect(page.locator('input[name="t.en.title"]')).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator('[id="field-endDate-error"]')).toHaveText("The end must be after the start.");
    await expect(page.locator('textarea[name="t.en.summary"]')).toHaveValue(marker);
    await expect(page.getByLabel("City", { exact: true })).toHaveValue("Bishkek");
    await expect(page).toHaveURL(/\/staff\/meetings\/new$/);

    // A script in the Markdown body is stored as text and rendered harmless.
    const title = `Sanitizing check ${suffix()}`;
    const body =
      'Before <script>window.__pwned = true</script> after <img src="x" onerror="window.__pwned = true"> **bold**';
    const { slug } = await createMeeting(page, { title, body, structures: false });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await publishThrough(page, { change: "Publish the meeting", languages: ["en"] });
    await page.goto(`/en/meetings/${slug}`);
    await expect(page.locator(".prose-portal strong")).toHaveText("bold");
    await expect(page.locator(".prose-portal script, .prose-portal img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

    // Nothing of the refused form was saved.
    await page.goto(`/en/staff/meetings?q=${encodeURIComponent(marker)}`);
    await expect(page.getByRole("status")).toHaveText("No results");
  });

  test("agenda, outcomes and related meetings are edited on their own tabs and shown in the preview", async ({
    page,
  }) => {
    page.on("dialog", (dialog) => dialog.accept());
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const title = `Agenda and outcomes check ${suffix()}`;
    const { id } = await createMeeting(page, { title });

    await page.getByRole("link", { name: "Agenda", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/meetings/${id}/agenda$`));
    await expect(page.getByRole("link", { name: "Attendees" })).toHaveAttribute(
      "href",
      `/en/staff/meetings/${id}/attendees`,
    );
    await expect(page.getByRole("link", { name: "Documents" })).toHaveAttribute(
      "href",
      `/en/staff/meetings/${id}/documents`,
    );
    const add = page.locator("section", { has: page.getByRole("heading", { name: "Add an agenda item" }) });
    for (const [time, itemTitle] of [
      ["2030-05-20T09:30", "Opening session"],
      ["", "Reports of the training centres"],
    ]) {
      if (time) await add.getByLabel("Start time (optional)").fill(time);
      await add.locator('input[name="t.en.title"]').fill(itemTitle);
      await add.getByRole("button", { name: "Add the item" }).click();
      await expect(page.locator("ol > li").filter({ hasText: itemTitle })).toBeVisible();
    }
    await page.getByRole("button", { name: /^Move up\s?: Reports of the training centres/ }).click();
    await expect(page.locator("ol > li").first()).toContainText("Reports of the training centres");
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-meeting-agenda-en");
    await page.getByRole("button", { name: /^Remove\s?: Opening session/ }).click();
    await expect(page.locator("ol > li")).toHaveCount(1);

    await page.getByRole("link", { name: "Outcomes", exact: true }).click();
    const addOutcome = page.locator("section", {
      has: page.getByRole("heading", { name: "Add an outcome or decision" }),
    });
    await addOutcome.getByLabel("Kind").selectOption("DECISION");
    await addOutcome.locator('textarea[name="t.en.text"]').fill("A joint action plan for the coming year.");
    await addOutcome.getByRole("button", { name: "Add an outcome or decision" }).click();
    // The outcome is listed once among the outcomes; its decision record follows below with its follow-up.
    const outcomeList = page.getByRole("region", { name: "Outcomes and decisions", exact: true });
    await expect(
      outcomeList.locator("ol > li").filter({ hasText: "A joint action plan for the coming year." }),
    ).toBeVisible();

    await page.getByRole("link", { name: "Related meetings", exact: true }).click();
    await page.getByRole("searchbox", { name: "Find a meeting by title" }).fill("11th Meeting");
    await page.getByRole("button", { name: "Search" }).click();
    const results = page.getByRole("list", { name: "Meetings found" });
    await expect(results).toContainText("11th Meeting of the Regional Structures");
    await results.getByRole("button", { name: /^Link/ }).first().click();
    const links = page.locator("section", { has: page.getByRole("heading", { name: "Related meetings", level: 2 }) });
    await expect(links).toContainText("11th Meeting of the Regional Structures");
    await expect(links.getByRole("button", { name: /^Remove the link/ })).toBeVisible();

    await page.getByRole("link", { name: "Preview", exact: true }).click();
    await expect(page.getByText("Preview — not public yet")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Agenda", exact: true })).toBeVisible();
    await expect(page.locator("main")).toContainText("Reports of the training centres");
    await expect(page.locator("main")).toContainText("A joint action plan for the coming year.");
    await expect(page.getByRole("heading", { name: "Related meetings", exact: true })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Language of the preview" })
      .getByRole("link", { name: /Русский/ })
      .click();
    await expect(page).toHaveURL(/lang=ru/);
    await expect(page.getByRole("note")).toBeVisible();
  });

  test("list, editor and preview pass axe in English and Arabic", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const { id } = await createMeeting(page, {
      title: `Accessibility check ${suffix()}`,
      titleRu: "Проверка доступности",
    });
    for (const locale of ["en", "ar"]) {
      await page.goto(`/${locale}/staff/meetings`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("main li").first()).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `staff-meetings-list-${locale}`);

      await page.goto(`/${locale}/staff/meetings/${id}`);
      await expect(page.getByRole("tablist")).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `staff-meeting-editor-${locale}`);

      await page.goto(`/${locale}/staff/meetings/${id}/preview?lang=${locale}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `staff-meeting-preview-${locale}`);
    }
    await page.goto(`/ar/staff/meetings/new`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectNoAxeViolations(page);
    await screenshotBoth(page, "staff-meeting-new-ar");
  });

  test("time zones are named for the reader in the list and the agenda, never by their ID", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    const title = `Zone names ${suffix()}`;
    const { id } = await createMeeting(page, { title });
    const rawId = /\b(Asia|Europe|Africa|America)\/[A-Z]/;
    for (const [locale, name] of [
      ["en", "Kyrgyzstan Time"],
      ["ar", "قيرغيزستان"],
    ]) {
      await page.goto(`/${locale}/staff/meetings?q=${encodeURIComponent(title)}`);
      const item = page.locator("main li").filter({ hasText: title });
      await expect(item).toContainText(name);
      expect(await item.innerText()).not.toMatch(rawId);
      await page.goto(`/${locale}/staff/meetings/${id}/agenda`);
      await expect(page.locator("main")).toContainText(name);
      expect(await page.locator("main").innerText()).not.toMatch(rawId);
    }
  });

  test("the RTC representative is refused the editor but may read their centre's meetings", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.rtcBishkek);
    const create = await page.goto("/en/staff/meetings/new");
    expect(create?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");

    const list = await page.goto("/en/staff/meetings?q=11th");
    expect(list?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "New meeting" })).toHaveCount(0);
    const preview = page.getByRole("link", { name: /^Preview\s?: 11th Meeting of the Regional Structures/ });
    const href = await preview.getAttribute("href");
    const id = href!.split("/").at(-2)!;
    for (const path of ["", "/agenda", "/outcomes", "/related"]) {
      const response = await page.goto(`/en/staff/meetings/${id}${path}`);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
    }
    const read = await page.goto(`/en/staff/meetings/${id}/preview`);
    expect(read?.status()).toBe(200);
    // A published meeting's preview says it is the public page (issue 10, item 10).
    await expect(page.getByText("Preview — this is the public page")).toBeVisible();
    await expect(page.getByText("not public")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Sections of the meeting editor" })).toHaveCount(0);
  });

  test("unknown meetings give the 404 page", async ({ page }) => {
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    for (const path of [
      "/en/staff/meetings/no-such-meeting",
      "/en/staff/meetings/no-such-meeting/agenda",
      "/en/staff/meetings/no-such-meeting/preview",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test.describe("without JavaScript", () => {
    test("the list filters by status and text with a plain form", async ({ browser }) => {
      // Signed in with JavaScript, then browsing with it turned off.
      const signedIn = await browser.newContext();
      await signInAs(await signedIn.newPage(), DEMO_ACCOUNTS.staffEurope);
      const context = await browser.newContext({
        javaScriptEnabled: false,
        storageState: await signedIn.storageState(),
      });
      await signedIn.close();
      const page = await context.newPage();
      await page.goto("/en/staff/meetings");
      await page.getByLabel("Status").selectOption("published");
      await page.getByLabel("Title or address contains").fill("11th meeting");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/status=published/);
      await expect(page.getByRole("status")).toHaveText("1 result");
      await expect(page.getByRole("link", { name: /11th Meeting of the Regional Structures/ }).first()).toBeVisible();
      await expect(page.getByLabel("Translations").first()).toContainText("en ✓");
      await context.close();
    });
  });
});
