import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../../prisma/seed/keys";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { sql } from "./support/database";
import { publishThrough } from "./support/publishing";
import { screenshotDesktopAndPhone } from "./support/screenshots";
import { readZip } from "../support/read-zip";

// Issue 20, items 3–5: the key facts first, honest partial translations, and
// every public document of a meeting in one ZIP.

const suffix = () => randomBytes(3).toString("hex");
const phone = { width: 390, height: 844 };

/** A meeting of the Europe region (status and translations' status given) whose English text, agenda and outcomes are complete and whose `other` translation has a title and summary only. */
async function insertPartlyTranslated(other: "fr" | "ar", status: "DRAFT" | "PUBLISHED") {
  const id = `e2eparts${suffix()}`;
  const slug = `partly-translated-${id}`;
  const published = status === "PUBLISHED";
  await sql(
    `INSERT INTO "Meeting" (id, slug, kind, status, "startsAt", "endsAt", "timeZone", format, city, "countryCode", "regionId", "publishedAt", "updatedAt")
     SELECT $1, $2, 'WORKSHOP', $3, now() + interval '300 days', now() + interval '301 days', 'Europe/Budapest', 'HYBRID', 'Budapest', 'HU', r.id, $4, now() FROM "Region" r WHERE r.code = 'EUR'`,
    [id, slug, status, published ? new Date() : null],
  );
  const texts = {
    en: [
      "Workshop on shared training calendars",
      "Centres compare what they teach.",
      "Each centre presents its **calendar** for the year.",
    ],
    fr: ["Atelier sur les calendriers de formation", "Les centres comparent leurs formations.", ""],
    ar: ["ورشة عمل حول تقاويم التدريب المشتركة", "تقارن المراكز ما تقدمه من دورات.", ""],
  };
  for (const locale of ["en", other] as const) {
    const [title, summary, body] = texts[locale];
    await sql(
      `INSERT INTO "MeetingTranslation" ("meetingId", locale, title, summary, body, status, "publishedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [id, locale, title, summary, body, status, published ? new Date() : null],
    );
  }
  await sql(`INSERT INTO "AgendaItem" (id, "meetingId", position) VALUES ($1 || 'a', $1, 0)`, [id]);
  await sql(
    `INSERT INTO "AgendaItemTranslation" ("agendaItemId", locale, title) VALUES ($1 || 'a', 'en', 'Calendars of the centres side by side')`,
    [id],
  );
  await sql(`INSERT INTO "MeetingOutcome" (id, "meetingId", position, kind) VALUES ($1 || 'o', $1, 0, 'DECISION')`, [
    id,
  ]);
  await sql(
    `INSERT INTO "MeetingOutcomeTranslation" ("outcomeId", locale, text) VALUES ($1 || 'o', 'en', 'One shared calendar from next year.')`,
    [id],
  );
  return { id, slug, title: texts[other][0] };
}

/** The top of the element, which must be within the first screen. */
async function bottomOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y + box!.height;
}

test.describe("key facts first", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`on the 11th Europe meeting (${locale}), dates, place, format, host, organizer and status are on the first screen of a phone`, async ({
      page,
    }) => {
      const m = locale === "en" ? en.Meetings : ar.Meetings;
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/meetings/${SEED_SLUGS.bishkek2021}`);
      const facts = page.locator("section[aria-labelledby=facts]");
      for (const label of [m.dates, m.format, m.place, m.host, m.organizer]) {
        const term = facts.locator("dt", { hasText: label }).first();
        await expect(term).toBeVisible();
        const box = (await term.locator("xpath=..").boundingBox())!;
        expect(box.y + box.height, label).toBeLessThanOrEqual(phone.height);
      }
      await expect(page.getByTestId("meeting-phase")).toHaveText(m.phase.past);
      expect(await bottomOf(page, "[data-testid=meeting-phase]")).toBeLessThanOrEqual(phone.height);
      // The text, agenda, outcomes and attendees follow the facts.
      const factsTop = (await facts.boundingBox())!.y;
      for (const id of ["agenda", "outcomes", "attendees", "documents"]) {
        const heading = page.locator(`h2#${id}`);
        await expect(heading).toBeAttached();
        expect((await heading.boundingBox())!.y).toBeGreaterThan(factsTop);
      }
      await page.screenshot({ path: `screenshots/meeting-key-facts-${locale}-phone-first-screen.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await bottomOf(page, "section[aria-labelledby=facts]")).toBeLessThanOrEqual(800);
      await expectNoAxeViolations(page);
      await screenshotDesktopAndPhone(page, `meeting-key-facts-${locale}`);
    });
  }
});

test.describe("the page header", () => {
  // 12–15 October 2021 at the venue, short, as each language writes it.
  const expected = {
    en: "12–15 Oct 2021",
    fr: "12–15 oct. 2021",
    es: "12–15 oct 2021",
    ru: "12–15 окт. 2021\u202fг.",
    ar: "12–15 أكتوبر 2021",
  } as const;
  test("shows the meeting's dates under its title, in every language", async ({ page }) => {
    for (const [locale, dates] of Object.entries(expected)) {
      await page.goto(`/${locale}/meetings/${SEED_SLUGS.bishkek2021}`);
      const header = page.locator("main header").first();
      const date = header.getByTestId("meeting-header-date");
      await expect(date, locale).toHaveText(dates);
      await expect(date.locator("time")).toHaveAttribute("datetime", "2021-10-12");
      // Right under the title.
      const title = (await header.getByRole("heading", { level: 1 }).boundingBox())!;
      expect((await date.boundingBox())!.y).toBeGreaterThanOrEqual(title.y + title.height);
    }
  });
});

test.describe("download all public documents", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`the 2011 Brussels meeting offers its two demo PDFs in one ZIP (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/meetings/${SEED_SLUGS.brussels2011}`);
      const documents = page.locator("section[aria-labelledby=documents]");
      await expect(documents.getByRole("link", { name: "Conclusions of the Sixth Informal Meeting" })).toBeVisible();
      const all = documents.getByRole("link", {
        name:
          locale === "en"
            ? /^Download all public documents \(ZIP, 2 files, /
            : /^تنزيل جميع الوثائق العامة: ملف ZIP يضم ملفين، /,
      });
      await expect(all).toBeVisible();
      const [download] = await Promise.all([page.waitForEvent("download"), all.click()]);
      expect(download.suggestedFilename()).toBe(`${SEED_SLUGS.brussels2011}-documents.zip`);
      const entries = await readZip(readFileSync((await download.path())!));
      expect(entries.map((e) => e.name)).toEqual([
        "01 conclusions-sixth-informal-meeting-2011.pdf",
        "02 performance-measurement-presentation-2011.pdf",
      ]);
      for (const entry of entries) {
        expect(entry.bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
        expect(entry.bytes.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
      }
      await page.setViewportSize(phone);
      await documents.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/meeting-documents-${locale}-phone.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
      await documents.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/meeting-documents-${locale}-desktop.png` });
    });
  }

  test("a draft meeting's documents are never in an archive", async ({ request }) => {
    const draft = await insertPartlyTranslated("fr", "DRAFT");
    await sql(
      `INSERT INTO "MeetingDocument" (id, "meetingId", position, title, language, "storageKey", "fileName", "mimeType", "sizeBytes") VALUES ($1 || 'd', $1, 0, 'Draft notes', 'en', 'documents/none/draft.pdf', 'draft.pdf', 'application/pdf', 10)`,
      [draft.id],
    );
    expect((await request.get(`/api/meetings/${draft.slug}/documents.zip`)).status()).toBe(404);
  });
});

test.describe("partial translations", () => {
  test("an Arabic text with a title and summary only: the English text, agenda and outcomes are shown, each marked", async ({
    page,
  }) => {
    const meeting = await insertPartlyTranslated("ar", "PUBLISHED");
    await page.goto(`/ar/meetings/${meeting.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(meeting.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ar");
    // The text and the agenda each carry the section's note; the decision (issue 21's register entry) its own badge.
    const notes = page.getByTestId("part-in-english");
    await expect(notes).toHaveCount(2);
    await expect(
      page.getByRole("region", { name: ar.Decisions.sectionTitle }).getByText(ar.Translation.fallbackNoticeShort),
    ).toBeVisible();
    for (const note of await notes.all()) {
      await expect(note).toHaveText(ar.Translation.partInEnglish);
      await expect(note).toHaveAttribute("lang", "ar");
    }
    await expect(page.locator('[lang="en"]').filter({ hasText: "calendar for the year" })).toBeVisible();
    await expect(page.locator('[lang="en"]', { hasText: "Calendars of the centres side by side" })).toBeVisible();
    await expect(page.locator('[lang="en"]', { hasText: "One shared calendar from next year." })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotDesktopAndPhone(page, "meeting-partial-translation-ar");
    // English visitors read everything in English, unmarked.
    await page.goto(`/en/meetings/${meeting.slug}`);
    await expect(page.getByTestId("part-in-english")).toHaveCount(0);
    await expect(page.getByRole("note")).toHaveCount(0);
    await screenshotDesktopAndPhone(page, "meeting-partial-translation-en");
  });

  test("the publish confirmation says which parts of French will show in English", async ({ page }) => {
    const meeting = await insertPartlyTranslated("fr", "DRAFT");
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    await page.goto(`/en/staff/meetings/${meeting.id}`);
    const said = await publishThrough(page, { change: "Publish the meeting", languages: ["en", "fr"] });
    expect(said).toContain("French: title and summary only — text, agenda, and outcomes will show in English.");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the Arabic confirmation lists the gaps too", async ({ page }) => {
      const meeting = await insertPartlyTranslated("fr", "DRAFT");
      await signInAs(page, DEMO_ACCOUNTS.staffEurope, { locale: "ar" });
      await page.goto(`/ar/staff/meetings/${meeting.id}`);
      const panel = page.locator("section[aria-labelledby=status-heading]");
      await panel.locator("#publish-fr").check();
      await panel.locator("#publish-en").check();
      await panel.getByRole("button", { name: ar.StaffEditor.publication.publish.meeting, exact: true }).click();
      const review = panel.locator("form[aria-labelledby=publication-confirm-title]");
      await expect(review).toBeVisible();
      await expect(review).toContainText(
        "الفرنسية: العنوان والملخص فقط — سيُعرض النص وجدول الأعمال والنتائج بالإنجليزية.",
      );
      await screenshotDesktopAndPhone(page, "publish-confirmation-gaps-ar");
    });
  });
});
