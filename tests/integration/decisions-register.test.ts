// The public register of decisions (issue 21): the demo decisions of the two
// founding meetings with their follow-up (the 2021 plan, the seventh informal
// meeting); filters by status, kind, region, structure, year and words; a
// draft meeting's decisions and unpublished texts never show; the next
// meeting of a series lists the previous one's decisions.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listPublicDecisions } from "@/lib/data/decisions/list-public-decisions";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { europeRefs, uniqueSuffix } from "../support/meeting-fixtures";

const list = (filters: Parameters<typeof listPublicDecisions>[0]["filters"], locale: "en" | "ar" = "en") =>
  listPublicDecisions({ locale, filters, page: 1, pageSize: 100 });

describe("the register of decisions", () => {
  let draftDecisionText: string;
  beforeAll(async () => {
    draftDecisionText = `A decision of a draft meeting ${uniqueSuffix()}`;
    await prisma.meeting.create({
      data: {
        slug: `decision-draft-${uniqueSuffix()}`,
        kind: "WORKSHOP",
        status: "DRAFT",
        startsAt: new Date("2021-03-01T03:00:00Z"),
        endsAt: new Date("2021-03-02T11:00:00Z"),
        timeZone: "Asia/Bishkek",
        city: "Bishkek",
        countryCode: "KG",
        ...(await europeRefs()),
        translations: { create: [{ locale: "en", title: "Draft with a decision", status: "DRAFT" }] },
        outcomes: {
          create: [
            { position: 0, kind: "DECISION", translations: { create: [{ locale: "en", text: draftDecisionText }] } },
          ],
        },
      },
    });
  });

  it("carries the founding meetings' decisions and their follow-up", async () => {
    const page = await list({});
    const bishkek = page.items.filter((d) => d.meeting.slug === SEED_SLUGS.bishkek2021);
    expect(bishkek.map((d) => d.kind)).toEqual(["ACTION_PLAN", "POLICY"]);
    expect(bishkek[0].plans.map((p) => p.regionCode)).toEqual(["eur"]);
    expect(bishkek[0].status).toBe("DONE");
    expect(bishkek[0].history.map((h) => h.status)).toEqual(["OPEN", "DONE"]);
    expect(bishkek[0].responsible.map((s) => s.slug)).toContain(SEED_SLUGS.rtcBishkek);
    const brussels = page.items.find((d) => d.meeting.slug === SEED_SLUGS.brussels2011);
    expect(brussels?.kind).toBe("NEXT_MEETING");
    expect(brussels?.followUpMeeting?.slug).toBe("seventh-informal-meeting-rocb-rtc-vice-chairs-2012");
    expect(page.items.some((d) => d.text?.text === draftDecisionText)).toBe(false);
  });

  it("filters by status, kind, region, structure, year and words", async () => {
    const done = await list({ status: "DONE" });
    expect(done.items.length).toBeGreaterThan(0);
    expect(done.items.every((d) => d.status === "DONE")).toBe(true);
    const policy = await list({ kind: "POLICY" });
    expect(policy.items.every((d) => d.kind === "POLICY")).toBe(true);
    expect(policy.items.some((d) => d.meeting.slug === SEED_SLUGS.bishkek2021)).toBe(true);
    const year = await list({ year: 2011 });
    expect(year.items.map((d) => d.meeting.slug)).toContain(SEED_SLUGS.brussels2011);
    expect(year.items.every((d) => d.meeting.startsAt.getUTCFullYear() === 2011)).toBe(true);
    const centre = await list({ structure: SEED_SLUGS.rtcBishkek });
    expect(centre.items.length).toBe(1);
    expect(centre.items[0].kind).toBe("ACTION_PLAN");
    const europe = await list({ region: "EUR" });
    expect(europe.items.some((d) => d.meeting.slug === SEED_SLUGS.brussels2011)).toBe(false);
    expect(europe.items.some((d) => d.meeting.slug === SEED_SLUGS.bishkek2021)).toBe(true);
    const words = await list({ q: "seventh informal" });
    expect(words.items.map((d) => d.meeting.slug)).toEqual([SEED_SLUGS.brussels2011]);
    expect((await list({ q: draftDecisionText })).total).toBe(0);
  });

  it("shows a decision in English with the fallback flag where the visitor's language has no text", async () => {
    const arabic = await list({ structure: SEED_SLUGS.rtcBishkek }, "ar");
    expect(arabic.items[0].text?.locale).toBe("en");
    expect(arabic.items[0].text?.isFallback).toBe(true);
  });

  it("lists at the next meeting of a series the previous meeting's decisions and what became of them", async () => {
    const seventh = await getPublishedMeeting({
      locale: "en",
      slug: "seventh-informal-meeting-rocb-rtc-vice-chairs-2012",
    });
    const previous = seventh?.previousDecisions ?? [];
    expect(previous.map((d) => d.meeting.slug)).toContain(SEED_SLUGS.brussels2011);
    expect(previous.find((d) => d.kind === "NEXT_MEETING")?.status).toBe("DONE");
    const brussels = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.brussels2011 });
    expect(brussels?.decisions.map((d) => d.kind)).toEqual(["NEXT_MEETING"]);
  });
});
