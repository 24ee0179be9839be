import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { getPublicStructure, type StructureProfile } from "@/lib/data/structures/get-public-structure";
import { listPublicStructures, STRUCTURES_PAGE_SIZE } from "@/lib/data/structures/list-public-structures";
import { parseStructureFilters } from "@/lib/validation/structure-filters";
import { SEED_SLUGS } from "@/prisma/seed/keys";

const slugsOf = (list: { slug: string }[]) => list.map((item) => item.slug);
const allMeetingSlugs = (profile: StructureProfile) =>
  [...profile.meetings.hosted, ...profile.meetings.organized, ...profile.meetings.attended].map((m) => m.slug);

async function expectOnlyPublishedMeetings(slugs: string[]) {
  const rows = await prisma.meeting.findMany({ where: { slug: { in: slugs } }, select: { status: true } });
  expect(rows).toHaveLength(new Set(slugs).size);
  expect(rows.every((row) => row.status !== "DRAFT")).toBe(true);
}

describe("structures directory", () => {
  it("lists every published structure by region, then kind, then name, paginated", async () => {
    const publishedCount = await prisma.structure.count({ where: { translations: { some: { status: "PUBLISHED" } } } });
    const first = await listPublicStructures({ locale: "en", page: 1 });
    expect(first.total).toBe(publishedCount);
    expect(first.total).toBeGreaterThan(STRUCTURES_PAGE_SIZE);
    expect(first.items).toHaveLength(STRUCTURES_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(publishedCount / STRUCTURES_PAGE_SIZE));
    expect(first.regions.map((r) => r.code)).toEqual(["EUR", "AP", "AMS", "ESA", "WCA", "MENA"]);

    const second = await listPublicStructures({ locale: "en", page: 2 });
    expect(second.items).toHaveLength(publishedCount - STRUCTURES_PAGE_SIZE);
    const all = [...first.items, ...second.items];
    expect(new Set(slugsOf(all)).size).toBe(publishedCount);

    const europe = all.filter((s) => s.regionCode === "EUR");
    expect(all.slice(0, europe.length)).toEqual(europe); // Europe first (region sort order)
    expect(europe[0].slug).toBe(SEED_SLUGS.rocbEurope);
    expect(europe.at(-1)!.slug).toBe(SEED_SLUGS.viceChairEurope);
    const rtcNames = europe.filter((s) => s.kind === "RTC").map((s) => s.name);
    expect(rtcNames).toEqual([...rtcNames].sort((a, b) => a.localeCompare(b, "en")));
    expect(rtcNames[0]).toBe("WCO Regional Training Centre Astana");
  });

  it("clamps a page past the end to the last page", async () => {
    const result = await listPublicStructures({ locale: "en", page: 99 });
    expect(result.page).toBe(result.pageCount);
    expect(result.items.length).toBeGreaterThan(0);
  });

  it("filters by region and kind", async () => {
    const europeRtcs = await listPublicStructures({ locale: "en", region: "eur", kind: "RTC" });
    expect(europeRtcs.total).toBe(6);
    expect(europeRtcs.items.every((s) => s.regionCode === "EUR" && s.kind === "RTC")).toBe(true);
    expect(slugsOf(europeRtcs.items)).toContain(SEED_SLUGS.rtcBishkek);

    const viceChairs = await listPublicStructures({ locale: "en", kind: "VICE_CHAIR" });
    expect(viceChairs.total).toBe(6);
    expect(viceChairs.items.map((s) => s.regionCode)).toEqual(["EUR", "AP", "AMS", "ESA", "WCA", "MENA"]);

    const americas = await listPublicStructures({ locale: "en", region: "AMS" });
    expect(americas.items.map((s) => s.kind)).toEqual(["ROCB", "RTC", "RTC", "VICE_CHAIR"]);
  });

  it("reads the filters from the query string and ignores bad values", () => {
    expect(parseStructureFilters({ region: "eur", kind: "vice-chair", page: "2" })).toEqual({
      region: "EUR",
      kind: "VICE_CHAIR",
      page: 2,
    });
    expect(parseStructureFilters({ region: "zzz", kind: "embassy", page: "-1" })).toEqual({
      region: undefined,
      kind: undefined,
      page: 1,
    });
    expect(parseStructureFilters({ region: ["ap", "eur"], kind: "RTC" })).toEqual({
      region: "AP",
      kind: "RTC",
      page: 1,
    });
  });

  it("shows the visitor's language, else English with the fallback flag", async () => {
    const russian = await listPublicStructures({ locale: "ru", region: "EUR", kind: "RTC" });
    const bishkekRu = russian.items.find((s) => s.slug === SEED_SLUGS.rtcBishkek)!;
    expect(bishkekRu).toMatchObject({
      name: "Региональный учебный центр ВТамО в Бишкеке",
      contentLocale: "ru",
      isFallback: false,
    });
    expect(bishkekRu.hostAdministration).toBe("Государственный таможенный комитет Кыргызской Республики");

    const spanish = await listPublicStructures({ locale: "es", region: "EUR", kind: "RTC" });
    const bishkekEs = spanish.items.find((s) => s.slug === SEED_SLUGS.rtcBishkek)!;
    expect(bishkekEs).toMatchObject({
      name: "WCO Regional Training Centre Bishkek",
      contentLocale: "en",
      isFallback: true,
    });
    expect(spanish.regions.find((r) => r.code === "EUR")!.name).toBe("Europa");
  });

  it("runs the same number of queries for a full page and a filtered one", async () => {
    const big = (await countQueries(() => listPublicStructures({ locale: "fr", page: 1 }))).queries;
    const small = (await countQueries(() => listPublicStructures({ locale: "fr", region: "MENA", kind: "VICE_CHAIR" })))
      .queries;
    const empty = (
      await countQueries(() => listPublicStructures({ locale: "fr", region: "MENA", kind: "ROCB", page: 3 }))
    ).queries;
    expect(big).toBeGreaterThan(0);
    expect(small).toBe(big);
    expect(empty).toBe(big);
    console.info(`listPublicStructures: ${big} queries`);
  });
});

describe("structure profile", () => {
  it("gives RTC Bishkek's contacts, history and the 2021 meeting it hosted", async () => {
    const profile = (await getPublicStructure({ locale: "en", slug: SEED_SLUGS.rtcBishkek }))!;
    expect(profile).toMatchObject({
      name: "WCO Regional Training Centre Bishkek",
      kind: "RTC",
      regionCode: "EUR",
      regionName: "Europe",
      city: "Bishkek",
      countryCode: "KG",
      email: "rtc.bishkek@example.org",
      phone: "+996 312 000 000",
      headName: "Aibek Misalov",
      headTitle: "Director of the Training Centre",
      hostAdministration: "State Customs Committee of the Kyrgyz Republic",
      logoKey: null,
      isFallback: false,
    });
    expect(profile.establishedOn?.toISOString().slice(0, 10)).toBe("2019-04-01");
    expect(profile.history.map((h) => h.kind)).toEqual(["ESTABLISHED"]);
    expect(profile.mandate).toMatch(/regional courses/);
    expect(slugsOf(profile.meetings.hosted)).toEqual([SEED_SLUGS.bishkek2021]);
    // Hosted, so not listed again as attended; the draft it was invited to is nowhere.
    expect(slugsOf(profile.meetings.attended)).toContain("europe-training-e-learning-administrators-2025");
    expect(slugsOf(profile.meetings.attended)).not.toContain(SEED_SLUGS.bishkek2021);
    expect(allMeetingSlugs(profile)).not.toContain(SEED_SLUGS.draftMeeting);
    const hosted = profile.meetings.hosted[0];
    expect(hosted.timeZone).toBe("Asia/Bishkek");
    expect(hosted.title).toBe("11th Meeting of the Regional Structures of the WCO Europe Region");
  });

  it("never lists DRAFT meetings for ROCB Europe, which organized one", async () => {
    const profile = (await getPublicStructure({ locale: "en", slug: SEED_SLUGS.rocbEurope }))!;
    expect(slugsOf(profile.meetings.organized)).toContain(SEED_SLUGS.bishkek2021);
    expect(allMeetingSlugs(profile)).not.toContain(SEED_SLUGS.draftMeeting);
    await expectOnlyPublishedMeetings(allMeetingSlugs(profile));
    const starts = profile.meetings.organized.map((m) => m.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a)); // latest first
  });

  it("keeps the relocation of ROCB Americas as dated history", async () => {
    const profile = (await getPublicStructure({ locale: "es", slug: SEED_SLUGS.rocbAmericas }))!;
    expect(profile.city).toBe("Montevideo");
    expect(profile.history.map((h) => [h.kind, h.city, h.startsOn.toISOString().slice(0, 10)])).toEqual([
      ["ESTABLISHED", "Buenos Aires", "2007-11-01"],
      ["RELOCATION", "Montevideo", "2013-01-01"],
    ]);
    expect(profile.history[1]).toMatchObject({
      contentLocale: "es",
      summary: "Traslado de la sede de Buenos Aires a Montevideo (Uruguay).",
    });
  });

  it("lists Vice-Chair terms with their date ranges", async () => {
    const profile = (await getPublicStructure({ locale: "fr", slug: SEED_SLUGS.viceChairEurope }))!;
    expect(
      profile.history.map((h) => [
        h.kind,
        h.countryCode,
        h.startsOn.toISOString().slice(0, 10),
        h.endsOn?.toISOString().slice(0, 10),
      ]),
    ).toEqual([
      ["VICE_CHAIR_TERM", "NL", "2023-07-01", "2025-06-30"],
      ["VICE_CHAIR_TERM", "PL", "2025-07-01", "2027-06-30"],
    ]);
  });

  it("falls back to English where the structure has no text in the visitor's language", async () => {
    const profile = (await getPublicStructure({ locale: "ar", slug: SEED_SLUGS.rtcBishkek }))!;
    expect(profile).toMatchObject({
      name: "WCO Regional Training Centre Bishkek",
      contentLocale: "en",
      isFallback: true,
      regionName: "أوروبا",
      regionLocale: "ar",
    });
    expect(profile.history[0].contentLocale).toBe("en");
  });

  it("returns null for an unknown slug", async () => {
    expect(await getPublicStructure({ locale: "en", slug: "no-such-structure" })).toBeNull();
  });

  it("runs the same number of queries for a busy profile and a quiet one", async () => {
    const busy = (await countQueries(() => getPublicStructure({ locale: "ru", slug: SEED_SLUGS.rocbEurope }))).queries;
    const quiet = (await countQueries(() => getPublicStructure({ locale: "ru", slug: "vice-chair-ap" }))).queries;
    expect(quiet).toBe(busy);
    console.info(`getPublicStructure: ${busy} queries`);
  });
});

// These change the database: they run last, in order.
describe("unpublished text and meetings", () => {
  it("drops a structure whose only translation goes back to DRAFT", async () => {
    const japan = await prisma.structure.findUniqueOrThrow({ where: { slug: "rtc-japan" }, select: { id: true } });
    await prisma.structureTranslation.deleteMany({ where: { structureId: japan.id, locale: { not: "en" } } });
    const before = await listPublicStructures({ locale: "fr", region: "AP" });
    expect(slugsOf(before.items)).toContain("rtc-japan");
    expect(before.items.find((s) => s.slug === "rtc-japan")).toMatchObject({ contentLocale: "en", isFallback: true });

    await prisma.structureTranslation.updateMany({ where: { structureId: japan.id }, data: { status: "DRAFT" } });
    for (const locale of ["en", "fr"] as const) {
      const after = await listPublicStructures({ locale, region: "AP" });
      expect(slugsOf(after.items)).not.toContain("rtc-japan");
      expect(after.total).toBe(before.total - 1);
      expect(await getPublicStructure({ locale, slug: "rtc-japan" })).toBeNull();
    }
  });

  it("uses English when the visitor's translation is a DRAFT", async () => {
    const budapest = await prisma.structure.findUniqueOrThrow({
      where: { slug: SEED_SLUGS.rtcBudapest },
      select: { id: true },
    });
    await prisma.structureTranslation.update({
      where: { structureId_locale: { structureId: budapest.id, locale: "fr" } },
      data: { status: "DRAFT" },
    });
    const profile = (await getPublicStructure({ locale: "fr", slug: SEED_SLUGS.rtcBudapest }))!;
    expect(profile).toMatchObject({
      name: "WCO Regional Training Centre Budapest",
      contentLocale: "en",
      isFallback: true,
    });
    expect(profile.description).not.toMatch(/Ouvert en 2001/);
  });

  it("removes a meeting from the lists once it is back to DRAFT", async () => {
    await prisma.meeting.update({ where: { slug: SEED_SLUGS.bishkek2021 }, data: { status: "DRAFT" } });
    const bishkek = (await getPublicStructure({ locale: "en", slug: SEED_SLUGS.rtcBishkek }))!;
    expect(bishkek.meetings.hosted).toEqual([]);
    const rocb = (await getPublicStructure({ locale: "en", slug: SEED_SLUGS.rocbEurope }))!;
    expect(allMeetingSlugs(rocb)).not.toContain(SEED_SLUGS.bishkek2021);
  });
});
