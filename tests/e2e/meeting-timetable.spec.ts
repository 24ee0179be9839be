import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { demoPdf } from "../../prisma/seed/demo-pdf";
import { DEMO_ACCOUNTS, SEED_PEOPLE, SEED_SLUGS } from "../../prisma/seed/keys";
import { readZip } from "../support/read-zip";
import { signInAs } from "./support/auth";
import { insertPublishedMeeting, sql } from "./support/database";
import { expectNoAxeViolations } from "./support/axe";
import { screenshotDesktopAndPhone } from "./support/screenshots";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";

const bishkek = `/meetings/${SEED_SLUGS.bishkek2021}`;
const course = "/meetings/mena-virtual-training-risk-management-2026";

test.describe("meeting hours", () => {
  test.use({ timezoneId: "America/New_York" });

  test("show the venue's hours named with its zone, and the visitor's own zone once the page runs", async ({
    page,
  }) => {
    await page.goto(`/en${course}`);
    const facts = page.locator("dl").filter({ hasText: "Dates" }).first();
    await expect(facts).toContainText("10:00–14:00");
    await expect(facts).toContainText("GMT+4");
    // 8 September 2026, 06:00–10:00 UTC is 02:00–06:00 in New York (GMT-4).
    await expect(page.getByTestId("local-times")).toContainText("02:00–06:00");
    await expect(page.getByTestId("local-times")).toContainText("GMT-4");
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const nodes = scripts.flatMap((text) => {
      const data = JSON.parse(text);
      return [data, ...(data["@graph"] ?? [])];
    });
    const event = nodes.find((node) => node["@type"] === "Event");
    expect(event.startDate).toBe("2026-09-08T10:00:00+04:00");
    expect(event.endDate).toBe("2026-09-08T14:00:00+04:00");
  });

  test("the cards of the lists carry the hours with the zone's offset", async ({ page }) => {
    await page.goto("/en/meetings?region=mena");
    const card = page.locator("article").filter({ has: page.locator(`a[href="/en${course}"]`) });
    await expect(card).toContainText("10:00–14:00 GMT+4");
    await page.goto("/ar/meetings?region=mena");
    await expect(page.locator("article").filter({ has: page.locator(`a[href="/ar${course}"]`) })).toContainText(
      "من 10:00 إلى 14:00 غرينتش+4",
    );
  });

  test("in Arabic too, and the agenda links to itself in the visitor's zone", async ({ page }) => {
    await page.goto(`/ar${bishkek}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // "غرينتش-4": Arabic names the offset in its own words.
    await expect(page.getByTestId("local-times")).toContainText("غرينتش-4");
    // The dates and the hours are joined by the Arabic comma, not the Latin one.
    await expect(page.getByTestId("local-times")).toContainText("، ");
    await expect(page.getByTestId("local-times")).not.toContainText(", ");
    const link = page.getByTestId("agenda-your-zone").getByRole("link");
    await expect(link).toHaveAttribute("href", `/ar${bishkek}/times?tz=America%2FNew_York#agenda-times`);
    await link.click();
    // 09:00 in Bishkek (GMT+6) on 12 October 2021 is 23:00 the day before in New York (GMT-4).
    await expect(page.getByTestId("chosen-zone-times")).toContainText("23:00");
    await expect(page.locator("#agenda-times ~ table caption").first()).toContainText("11");
    await expectNoAxeViolations(page);
    await screenshotDesktopAndPhone(page, "meeting-times-zone-ar");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain form shows the hours and the timetable in another zone; a made-up zone is a 404", async ({ page }) => {
    await page.goto(`/en${bishkek}`);
    await expect(page.getByTestId("local-times")).toHaveCount(0);
    await page.getByRole("link", { name: "See these times in another time zone" }).click();
    await page.getByLabel("Time zone").selectOption("Europe/Paris");
    await page.getByRole("button", { name: "Show the times" }).click();
    await expect(page).toHaveURL(/\/times\?tz=Europe%2FParis$/);
    // 09:00–17:00 in Bishkek (GMT+6) is 05:00–13:00 in Paris (GMT+2, summer time).
    await expect(page.getByTestId("chosen-zone-times")).toContainText("05:00");
    await expect(page.getByTestId("chosen-zone-times")).toContainText("13:00");
    const opening = page.getByRole("row").filter({ hasText: "Opening and welcome by the host" });
    await expect(opening).toContainText("05:00–06:00");
    await screenshotDesktopAndPhone(page, "meeting-times-paris-en");
    // Rendered per request and kept by no cache: the meeting page stays one entry for everyone.
    const chosen = await page.request.get(`/en${bishkek}/times?tz=Europe%2FParis`);
    expect(chosen.headers()["cache-control"]).toContain("no-store");
    expect(chosen.headers()["x-portal-cache"]).toBeUndefined();
    for (const junk of ["Mars%2FOlympus", "europe%2Fparis", "Europe%2FParis&tz=UTC"]) {
      const response = await page.request.get(`/en${bishkek}/times?tz=${junk}`);
      expect(response.status()).toBe(404);
    }
  });
});

test.describe("the timetable", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`groups items by day and session, names consented speakers only (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${bishkek}`);
      const agenda = page.locator("section", { has: page.locator("h2#agenda") });
      // One table per day, its caption the day.
      await expect(agenda.locator("table")).toHaveCount(4);
      await expect(agenda.locator("table caption").first()).toContainText(locale === "en" ? "12 October 2021" : "2021");
      const session = agenda.locator("th[scope=rowgroup]");
      await expect(session.filter({ hasText: "The region's structures report" })).toContainText(
        SEED_PEOPLE.publicAttendeeName,
      );
      const reports = agenda.getByRole("row").filter({ hasText: "Reports of the Regional Training Centres" });
      await expect(reports).toContainText("11:00–13:00");
      await expect(reports.getByTestId("speakers")).toContainText("Aibek Misalov");
      // The consented speaker by name and organization, the other by organization only: three names in all.
      await expect(reports.getByTestId("speakers").locator("bdi")).toHaveCount(3);
      expect(await page.content()).not.toContain(SEED_PEOPLE.privateAttendeeName);
      await expectNoAxeViolations(page);
      await screenshotDesktopAndPhone(page, `meeting-timetable-${locale}`);
    });
  }

  for (const [locale, messages] of [
    ["en", en],
    ["ar", ar],
  ] as const) {
    test(`shows the seeded PDF under its agenda item, with its kind (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${bishkek}`);
      const item = page
        .locator("section", { has: page.locator("h2#agenda") })
        .getByRole("row")
        .filter({ hasText: "Towards a joint action plan of RTC activities" });
      const documents = item.getByRole("list", { name: messages.Timetable.itemDocuments });
      const link = documents.getByRole("link", {
        name: "Joint action plan of the training centres: draft for adoption",
      });
      await expect(link).toHaveAttribute("lang", "en");
      // An English title on an Arabic page says so, in Arabic; on the English page nothing is marked.
      const marker = documents.getByTestId("title-in-english");
      if (locale === "en") await expect(page.getByTestId("title-in-english")).toHaveCount(0);
      else {
        await expect(marker).toHaveText(messages.Translation.fallbackNoticeShort);
        await expect(marker).toHaveAttribute("lang", "ar");
        const section = page.locator("section[aria-labelledby=documents]");
        await expect(section.getByTestId("title-in-english").first()).toHaveAttribute("lang", "ar");
      }
      await expect(documents).toContainText(messages.Timetable.kind.REPORT);
      await expect(documents).toContainText("PDF");
      // Only that item carries it: the meeting's own agenda PDF is in the documents section, not in the timetable.
      await expect(page.getByRole("list", { name: messages.Timetable.itemDocuments })).toHaveCount(1);
      const file = await page.request.get((await link.getAttribute("href"))!);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("application/pdf");
      expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await screenshotDesktopAndPhone(page, `meeting-item-document-${locale}`);
    });
  }

  test("prints without its links and exports one calendar event per item", async ({ page }) => {
    await page.goto(`/en${bishkek}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: /Add the agenda to your calendar/ })).toBeHidden();
    await expect(page.getByRole("row").filter({ hasText: "Conclusions and closing" })).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    const href = await page.getByRole("link", { name: /Add the agenda to your calendar/ }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const events = new ICAL.Component(ICAL.parse(await response.text()))
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toContain("Towards a joint action plan of RTC activities");
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.endDate.compare(e.startDate) > 0)).toBe(true);
  });
});

test.describe("joining online", () => {
  test("a link staff publish at once shows; one kept for the first day says when it comes", async ({ page }) => {
    await page.goto(`/en/meetings/${SEED_SLUGS.upcomingVirtualAfrica}`);
    await expect(page.getByRole("link", { name: "Join the meeting online" })).toHaveAttribute(
      "href",
      "https://meet.example.org/africa-e-learning-exchange",
    );
    await expect(page.locator("main")).toContainText("Virtual");
    await page.goto("/en/meetings/europe-integrity-workshop-budapest");
    await expect(page.locator("main")).toContainText(
      "The link to join will be published here on the meeting's first day.",
    );
    expect(await page.content()).not.toContain("meet.example.org/europe-integrity-workshop");
  });
});

test.describe("the timetable editor", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`shows sessions to order and an item's session, end time and speakers (${locale})`, async ({ page }) => {
      await signInAs(page, DEMO_ACCOUNTS.staffEurope, { locale });
      await page.goto(`/${locale}/staff/meetings?q=11th`);
      const preview = page.locator(`a[href^="/${locale}/staff/meetings/"][href$="/preview"]`).first();
      const id = (await preview.getAttribute("href"))!.split("/").at(-2)!;
      await page.goto(`/${locale}/staff/meetings/${id}/agenda`);
      const sessions = page.locator("section[aria-labelledby=agenda-sessions]");
      await expect(sessions.locator("ol > li")).toHaveCount(3);
      await expect(sessions.locator("ol > li").nth(1)).toContainText("The region's structures report");
      const reports = page
        .locator("section[aria-labelledby=agenda-items] ol > li")
        .filter({ hasText: "Reports of the Regional" });
      await expect(reports).toContainText("Aibek Misalov");
      // The first disclosure of the row is its edit form (the move buttons are forms of their own).
      const edit = reports.locator("details").first();
      await edit.locator("summary").click();
      const form = edit.locator("form");
      await expect(form.locator('select[name="sessionId"]')).toHaveValue(/.+/);
      await expect(form.locator('input[name="endsAt"]')).toHaveValue("2021-10-13T13:00");
      await expect(form.locator('input[name="speakerIds"]:checked')).toHaveCount(2);
      await expectNoAxeViolations(page);
      await screenshotDesktopAndPhone(page, `staff-timetable-${locale}`);
    });
  }
});

/**
 * A published Europe meeting on one day with one agenda item and, at ROCB
 * Europe, two people: one who agreed to be named and one who did not.
 */
async function insertMeetingWithPeople() {
  const slug = `timetable-editor-${randomBytes(3).toString("hex")}`;
  const { id } = await insertPublishedMeeting({ title: `Timetable editor check ${slug}`, slug });
  await sql(
    `UPDATE "Meeting" SET "startsAt" = '2031-03-04T08:00:00Z', "endsAt" = '2031-03-04T16:00:00Z' WHERE id = $1`,
    [id],
  );
  await sql(
    `INSERT INTO "Attendee" (id, "meetingId", role, position, "structureId") SELECT $1 || 'rocb', $1, 'ORGANIZER', 0, s.id FROM "Structure" s WHERE s.slug = $2`,
    [id, SEED_SLUGS.rocbEurope],
  );
  await sql(
    `INSERT INTO "AttendeePerson" (id, "attendeeId", position, "fullName", "publicConsent") VALUES ($1 || 'p1', $1 || 'rocb', 0, 'Dilnoza Example-Speaker', true), ($1 || 'p2', $1 || 'rocb', 1, 'Quiet Unnamed-Person', false)`,
    [id],
  );
  await sql(
    `INSERT INTO "AgendaItem" (id, "meetingId", position, "startsAt") VALUES ($1 || 'a', $1, 0, '2031-03-04T08:00:00Z')`,
    [id],
  );
  await sql(
    `INSERT INTO "AgendaItemTranslation" ("agendaItemId", locale, title) VALUES ($1 || 'a', 'en', 'Sharing the training calendars')`,
    [id],
  );
  return { id, slug };
}

test.describe("saving the timetable through the editor", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`a session with a chair and room, and an item's speakers, reach the public page (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({
      browser,
    }) => {
      const meeting = await insertMeetingWithPeople();
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, DEMO_ACCOUNTS.staffEurope);
      await page.goto(`/en/staff/meetings/${meeting.id}/agenda`);

      // A new session: its title, the consented person as chair, a room.
      const sessions = page.locator("section[aria-labelledby=agenda-sessions]");
      const add = sessions.locator("form").filter({ has: page.getByRole("button", { name: "Add the session" }) });
      await add.locator('input[name="t.en.title"]').fill("Calendars and plans");
      await add.locator('select[name="chairId"]').selectOption({ label: "Dilnoza Example-Speaker" });
      await add.locator('input[name="room"]').fill("Hall of the Silk Road");
      await add.getByRole("button", { name: "Add the session" }).click();
      await expect(sessions.locator("ol > li")).toHaveCount(1);
      await expect(sessions.locator("ol > li")).toContainText("Calendars and plans");
      await expect(sessions.locator("ol > li")).toContainText("Hall of the Silk Road");
      // A fresh editor, so that the item's form is the one offering the new session.
      if (javaScriptEnabled) await page.reload();

      // The item: in that session, ending at 10:00 at the venue, with both people as speakers.
      const item = page.locator("section[aria-labelledby=agenda-items] ol > li").first();
      const edit = item.locator("details").first();
      await edit.locator("summary").click();
      const form = edit.locator("form");
      await form.locator('select[name="sessionId"]').selectOption({ label: "Calendars and plans" });
      await form.locator('input[name="endsAt"]').fill("2031-03-04T10:00");
      for (const speaker of await form.locator('input[name="speakerIds"]').all()) await speaker.check();
      await form.getByRole("button", { name: "Save the item" }).click();
      const saved = page.locator("section[aria-labelledby=agenda-items] ol > li").first();
      await expect(saved).toContainText("Dilnoza Example-Speaker");
      await expect(saved).toContainText("Session: Calendars and plans");

      // The public page: the session with its chair and room, the consented speaker by name,
      // the other by organization only.
      await page.goto(`/en/meetings/${meeting.slug}`);
      const agenda = page.locator("section", { has: page.locator("h2#agenda") });
      const session = agenda.locator("th[scope=rowgroup]");
      await expect(session).toContainText("Calendars and plans");
      await expect(session).toContainText("Chair: Dilnoza Example-Speaker");
      await expect(session).toContainText("Hall of the Silk Road");
      const row = agenda.getByRole("row").filter({ hasText: "Sharing the training calendars" });
      // 08:00 UTC is 09:00 in Budapest in March; the end was typed as the venue's 10:00.
      await expect(row).toContainText("09:00–10:00");
      const speakers = row.getByTestId("speakers");
      await expect(speakers).toContainText("Dilnoza Example-Speaker");
      await expect(speakers.locator("bdi")).toHaveCount(3);
      await expect(speakers).toContainText("Regional Office for Capacity Building for the Europe Region");
      expect(await page.content()).not.toContain("Quiet Unnamed-Person");
      await context.close();
    });
  }
});

test.describe("an agenda item's staff-only document", () => {
  test("stays off the public page and out of the ZIP; the item's public one is in both", async ({ page }) => {
    const meeting = await insertMeetingWithPeople();
    await signInAs(page, DEMO_ACCOUNTS.staffEurope);
    await page.goto(`/en/staff/meetings/${meeting.id}/documents`);
    const upload = async (title: string, staffOnly: boolean) => {
      await page.locator("#upload-title").fill(title);
      await page.locator("#upload-kind").selectOption("PRESENTATION");
      await page.locator("#upload-agendaItemId").selectOption({ label: "1. Sharing the training calendars" });
      await page.locator("#upload-file").setInputFiles({
        name: `${title.toLowerCase().replaceAll(" ", "-")}.pdf`,
        mimeType: "application/pdf",
        buffer: Buffer.from(demoPdf(title, [title])),
      });
      if (staffOnly) await page.locator("#upload-staff-only").check();
      await page.getByRole("button", { name: "Upload", exact: true }).click();
      await expect(page.getByRole("link", { name: title })).toBeVisible();
    };
    await upload("Calendar comparison slides", false);
    await upload("Remarks kept for the chair", true);

    await page.context().clearCookies();
    await page.goto(`/en/meetings/${meeting.slug}`);
    const row = page
      .locator("section", { has: page.locator("h2#agenda") })
      .getByRole("row")
      .filter({ hasText: "Sharing the training calendars" });
    await expect(row.getByRole("link", { name: "Calendar comparison slides" })).toBeVisible();
    expect(await page.content()).not.toContain("Remarks kept for the chair");
    const all = page.getByRole("link", { name: /^Download all public documents \(ZIP, 1 file, / });
    const [download] = await Promise.all([page.waitForEvent("download"), all.click()]);
    const entries = await readZip(readFileSync((await download.path())!));
    expect(entries.map((e) => e.name)).toEqual(["01 calendar-comparison-slides.pdf"]);
    expect(entries[0].bytes.toString("latin1")).toContain("Calendar comparison slides");
  });
});
