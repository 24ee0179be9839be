import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listApiMeetings } from "@/lib/data/api/list-api-meetings";
import { getPublicSeries } from "@/lib/data/meetings/get-public-series";
import { getMeetingPage } from "@/lib/data/meetings/get-meeting-page";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { getMeetingPlans } from "@/lib/data/plans/get-public-plans";
import { getPublicStructure } from "@/lib/data/structures/get-public-structure";
import { listPublicStructures } from "@/lib/data/structures/list-public-structures";
import { listMeetingYears } from "@/lib/data/meetings/list-published-meetings";
import { getPublicOrganization } from "@/lib/data/organizations/get-public-organization";
import { cityNamer, placeFormatter } from "@/lib/data/gazetteer/name-places";
import { searchPublicContent } from "@/lib/data/search/search-public-content";
import { SEED_PEOPLE, SEED_SLUGS } from "@/prisma/seed/keys";

describe("public reading", () => {
  it("names cities in each language from the gazetteer, English where it has no name", async () => {
    const ru = await placeFormatter("ru", (city, country) => `${city}, ${country}`, { perRender: false });
    expect(ru("Bishkek", "KG")).toBe("Бишкек, Кыргызстан");
    expect(ru("Atlantis", "KG")).toBe("Atlantis, Кыргызстан");
    const ar = await cityNamer("ar", { perRender: false });
    expect(ar("Bangkok", "TH")).toBe("بانكوك");
    expect((await cityNamer("en", { perRender: false }))("Bishkek", "KG")).toBe("Bishkek");
  });

  it("gives each page its place names with the records it shows, so components load nothing", async () => {
    const meeting = await getPublishedMeeting({ locale: "ru", slug: SEED_SLUGS.bishkek2021 });
    expect(meeting?.city).toBe("Bishkek");
    expect(meeting?.cityName).toBe("Бишкек");
    expect((await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 }))?.cityName).toBe("Bishkek");
    const centre = await getPublicStructure({ locale: "ru", slug: SEED_SLUGS.rtcBishkek });
    expect(centre?.cityName).toBe("Бишкек");
    const hosted = centre?.meetings.hosted.find((card) => card.slug === SEED_SLUGS.bishkek2021);
    expect(hosted?.cityName).toBe("Бишкек");
    const directory = await listPublicStructures({ locale: "ar", region: "EUR" });
    const card = directory.items.find((item) => item.slug === SEED_SLUGS.rtcBishkek);
    expect(card?.cityName).toBe("بيشكيك");
    // The meeting page's one data entry also carries the plans its decision adopted or follows up.
    const page = await getMeetingPage({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    expect(page?.meeting.slug).toBe(SEED_SLUGS.bishkek2021);
    const plans = await getMeetingPlans({
      locale: "en",
      meetingId: page!.meeting.id,
      seriesSlug: page!.meeting.series?.slug ?? null,
      number: page!.meeting.number,
      startsAt: page!.meeting.startsAt,
    });
    expect(page?.plans).toEqual(plans);
    expect(page?.plans.adopted.length).toBeGreaterThan(0);
    expect(await getMeetingPage({ locale: "en", slug: "no-such-meeting" })).toBeNull();
  });

  it("offers only years that have published meetings", async () => {
    const years = await listMeetingYears();
    expect(years).toContain(2011);
    expect(years).toContain(2021);
    expect(years).not.toContain(2015);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("links a meeting to the previous and next meeting of its series", async () => {
    const meeting = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    expect(meeting?.seriesNeighbours.previous?.slug).toBe("10th-meeting-regional-structures-europe-2020");
    expect(meeting?.seriesNeighbours.next?.slug).toBe("12th-meeting-regional-structures-europe-2022");
    const series = await getPublicSeries({ locale: "ru", slug: SEED_SLUGS.seriesEurope });
    expect(series?.meetings.map((m) => m.number)).toEqual([12, 11, 10]);
    expect(series?.name).toContain("Совещания региональных структур");
    expect(await getPublicSeries({ locale: "en", slug: "no-such-series" })).toBeNull();
  });

  it("lists an organization's published meetings and roles, never its people or drafts", async () => {
    const osce = await getPublicOrganization({ locale: "en", slug: SEED_SLUGS.osceBishkek });
    expect(osce?.meetings.map((m) => m.meeting.slug)).toEqual([
      "12th-meeting-regional-structures-europe-2022",
      SEED_SLUGS.bishkek2021,
    ]);
    expect(osce?.meetings[1].roles).toEqual(["PARTNER"]);
    expect(osce?.roleCounts).toEqual({ PARTNER: 2 });
    expect(JSON.stringify(osce)).not.toContain("Maria Beispiel");
    const secretariat = await getPublicOrganization({ locale: "en", slug: SEED_SLUGS.wcoSecretariat });
    expect(JSON.stringify(secretariat)).not.toContain(SEED_SLUGS.draftMeeting);
    expect(JSON.stringify(secretariat)).not.toContain(SEED_PEOPLE.privateAttendeeName);
  });

  it("filters the API's meetings by date range, region, structure, series and kind", async () => {
    const in2021 = await listApiMeetings({
      locale: "ru",
      filters: { region: "eur", from: "2021-01-01", to: "2021-12-31" },
      page: 1,
      pageSize: 50,
    });
    expect(in2021.items.map((m) => m.slug)).toEqual([SEED_SLUGS.bishkek2021]);
    expect(in2021.items[0]).toMatchObject({
      contentLocale: "ru",
      regionCode: "EUR",
      series: { slug: SEED_SLUGS.seriesEurope },
    });
    const bySeries = await listApiMeetings({
      locale: "en",
      filters: { series: SEED_SLUGS.seriesEurope },
      page: 1,
      pageSize: 2,
    });
    expect(bySeries.items.map((m) => m.number)).toEqual([10, 11]);
    expect(bySeries.hasNext).toBe(true);
    const byStructure = await listApiMeetings({
      locale: "en",
      filters: { structure: SEED_SLUGS.rtcBishkek },
      page: 1,
      pageSize: 50,
    });
    expect(byStructure.items.map((m) => m.slug)).toContain(SEED_SLUGS.bishkek2021);
    const committees = await listApiMeetings({ locale: "en", filters: { kind: "committee" }, page: 1, pageSize: 50 });
    expect(committees.items.every((m) => m.kind === "COMMITTEE")).toBe(true);
    const all = await listApiMeetings({ locale: "en", filters: {}, page: 1, pageSize: 100 });
    expect(all.items.map((m) => m.slug)).not.toContain(SEED_SLUGS.draftMeeting);
  });

  it("searches a city by its name in the visitor's language, so that texts in that language match", async () => {
    const result = await searchPublicContent({ locale: "ru", query: "Bishkek", page: 1 });
    const meeting = result.hits.find((h) => h.slug === SEED_SLUGS.bishkek2021);
    expect(meeting).toMatchObject({ locale: "ru" });
    expect(result.hits[0].locale).toBe("ru");
  });

  it("keeps city names searchable: a new name joins the vocabulary", async () => {
    await prisma.cityName.create({ data: { countryCode: "KG", city: "Osh", locale: "ru", name: "Ош-Тестоград" } });
    expect(await prisma.searchTerm.findUnique({ where: { term: "ош-тестоград" } })).not.toBeNull();
  });
});
