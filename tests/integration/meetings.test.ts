import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { listMeetingYears, listPublishedMeetings } from "@/lib/data/meetings/list-published-meetings";
import { calendarPastFrom, listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { listHomeMeetings } from "@/lib/data/meetings/list-home-meetings";
import { SEED_PEOPLE, SEED_SLUGS } from "@/prisma/seed/keys";

describe("public meetings", () => {
  beforeAll(async () => {
    // A published meeting whose only translation is still a draft: not public.
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.upcomingWorkshopAsiaPacific } });
    await prisma.meeting.create({
      data: {
        slug: "untranslated-published-meeting",
        kind: "WORKSHOP",
        status: "PUBLISHED",
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        timeZone: "UTC",
        translations: { create: { locale: "en", title: "Secret draft text", status: "DRAFT" } },
      },
    });
  });

  it("never lists drafts or unpublished translations", async () => {
    const all = await listPublishedMeetings({ locale: "en", filters: {}, page: 1 });
    const slugs: string[] = [];
    for (let page = 1; page <= all.pageCount; page += 1) {
      slugs.push(...(await listPublishedMeetings({ locale: "en", filters: {}, page })).items.map((m) => m.slug));
    }
    expect(slugs).toContain(SEED_SLUGS.bishkek2021);
    expect(slugs).not.toContain(SEED_SLUGS.draftMeeting);
    expect(slugs).not.toContain("untranslated-published-meeting");
    expect(slugs).toHaveLength(all.total);
    expect(await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.draftMeeting })).toBeNull();
    expect(await getPublishedMeeting({ locale: "en", slug: "untranslated-published-meeting" })).toBeNull();
    const calendar = await listCalendarMeetings({ locale: "en" });
    expect(calendar.map((m) => m.slug)).not.toContain(SEED_SLUGS.draftMeeting);
    // The lists' calendars hold the last 12 months of the past; a meeting's own calendar holds it, whatever its age.
    expect(calendar.length).toBeGreaterThan(0);
    expect(calendar.map((m) => m.slug)).not.toContain(SEED_SLUGS.brussels2011);
    expect(calendar.every((m) => m.startsAt >= calendarPastFrom(new Date()))).toBe(true);
    const own = await listCalendarMeetings({ locale: "en", slug: SEED_SLUGS.brussels2011 });
    expect(own.map((m) => m.slug)).toEqual([SEED_SLUGS.brussels2011]);
    const home = await listHomeMeetings({ locale: "en", take: 50 });
    expect([...home.upcoming, ...home.recent].map((m) => m.slug)).not.toContain(SEED_SLUGS.draftMeeting);
  });

  it("filters by region, kind, year and period", async () => {
    const europe2021 = await listPublishedMeetings({ locale: "en", filters: { region: "EUR", year: 2021 }, page: 1 });
    expect(europe2021.items.map((m) => m.slug)).toEqual([SEED_SLUGS.bishkek2021]);
    const informal = await listPublishedMeetings({
      locale: "en",
      filters: { kind: "GLOBAL_INFORMAL_MEETING" },
      page: 1,
    });
    expect(informal.items.map((m) => m.slug)).toContain(SEED_SLUGS.brussels2011);
    expect(informal.items.every((m) => m.kind === "GLOBAL_INFORMAL_MEETING")).toBe(true);
    const upcoming = await listPublishedMeetings({ locale: "en", filters: { when: "upcoming" }, page: 1 });
    expect(upcoming.items.length).toBeGreaterThan(0);
    expect(upcoming.items.every((m) => m.endsAt.getTime() >= Date.now())).toBe(true);
    const starts = upcoming.items.map((m) => m.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(await listMeetingYears()).toContain(2011);
  });

  it("shows the Spanish visitor the English text of the 2011 meeting, marked as fallback", async () => {
    const meeting = await getPublishedMeeting({ locale: "es", slug: SEED_SLUGS.brussels2011 });
    expect(meeting?.text).toMatchObject({ locale: "en", isFallback: true });
    expect(meeting?.related.map((r) => r.kind)).toEqual(["BACK_TO_BACK", "BACK_TO_BACK"]);
    const russian = await getPublishedMeeting({ locale: "ru", slug: SEED_SLUGS.bishkek2021 });
    expect(russian?.text).toMatchObject({ locale: "ru", isFallback: false });
    expect(russian?.text.title).toMatch(/совещание/);
  });

  it("publishes consenting people only, and never e-mail or phone", async () => {
    const meeting = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    const serialized = JSON.stringify(meeting);
    expect(serialized).toContain(SEED_PEOPLE.publicAttendeeName);
    expect(serialized).not.toContain(SEED_PEOPLE.privateAttendeeName);
    expect(serialized).not.toContain(SEED_PEOPLE.privateAttendeeEmail);
    expect(serialized).not.toContain(SEED_PEOPLE.privateAttendeePhone);
    expect(meeting?.attendees.map((a) => a.role)).toEqual(expect.arrayContaining(["HOST", "ORGANIZER", "PARTNER"]));
  });

  it("uses a fixed number of queries however many rows a page shows", async () => {
    const full = (await countQueries(() => listPublishedMeetings({ locale: "fr", filters: {}, page: 1 }))).queries;
    const small = (
      await countQueries(() => listPublishedMeetings({ locale: "fr", filters: { region: "EUR", year: 2021 }, page: 1 }))
    ).queries;
    expect(full).toBe(small);
    // The rows, their translations by id, the count, and the cities' French names (the gazetteer: the cards
    // carry their place names; one query however many cards, once per render).
    expect(full).toBe(4);
    const upcoming = (
      await countQueries(() => listPublishedMeetings({ locale: "fr", filters: { when: "upcoming" }, page: 1 }))
    ).queries;
    expect(upcoming).toBe(5); // and the earliest start of the meetings not yet ended
    const big = (await countQueries(() => getPublishedMeeting({ locale: "ru", slug: SEED_SLUGS.bishkek2021 }))).queries;
    const other = (
      await countQueries(() => getPublishedMeeting({ locale: "ru", slug: SEED_SLUGS.capacityBuildingCommittee2011 }))
    ).queries;
    // The meeting with everything it shows, the previous and next of its series, the city names, and the
    // decisions of this meeting and of the previous one (one query for both).
    expect(big).toBe(5);
    expect(other).toBeLessThanOrEqual(big);
  });
});
