import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { getRegion } from "@/lib/data/regions/get-region";
import { listRegions } from "@/lib/data/regions/list-regions";
import { sortedCountryNames } from "@/lib/content/countries";
import { SEED_SLUGS } from "@/prisma/seed/keys";

describe("region page data", () => {
  it("gives the Europe region's texts, structures and member countries", async () => {
    const region = (await getRegion({ locale: "en", code: "eur" }))!;
    expect(region).toMatchObject({ code: "EUR", name: "Europe", contentLocale: "en", isFallback: false });
    expect(region.description).toMatch(/Budapest to Bishkek/);
    expect(region.countryCodes).toHaveLength(51);
    expect(region.countryCodes).toEqual(expect.arrayContaining(["KG", "AZ", "HU", "GB"]));
    expect(region.structures.map((s) => s.kind)).toEqual([
      "ROCB",
      "RTC",
      "RTC",
      "RTC",
      "RTC",
      "RTC",
      "RTC",
      "VICE_CHAIR",
    ]);
    const bishkek = region.structures.find((s) => s.slug === SEED_SLUGS.rtcBishkek)!;
    expect(bishkek).toMatchObject({ city: "Bishkek", countryCode: "KG", latitude: 42.8746, longitude: 74.5698 });
  });

  it("accepts the code in either case and returns null for an unknown one", async () => {
    expect((await getRegion({ locale: "fr", code: "EUR" }))?.name).toBe("Europe");
    expect(await getRegion({ locale: "en", code: "zzz" })).toBeNull();
  });

  it("lists upcoming and recent published meetings of the region, never the draft", async () => {
    const region = (await getRegion({ locale: "en", code: "EUR" }))!;
    const slugs = [...region.meetings.upcoming, ...region.meetings.recent].map((m) => m.slug);
    expect(slugs).not.toContain(SEED_SLUGS.draftMeeting);
    expect(region.meetings.upcoming.map((m) => m.slug)).toContain("europe-integrity-workshop-budapest");
    expect(region.meetings.recent.map((m) => m.slug)).toContain(SEED_SLUGS.bishkek2021);
    const now = Date.now();
    expect(region.meetings.upcoming.every((m) => m.endsAt.getTime() >= now)).toBe(true);
    expect(region.meetings.recent.every((m) => m.endsAt.getTime() < now)).toBe(true);
    const rows = await prisma.meeting.findMany({
      where: { slug: { in: slugs } },
      select: { status: true, region: { select: { code: true } } },
    });
    expect(rows.every((row) => row.status === "PUBLISHED" && row.region?.code === "EUR")).toBe(true);
  });

  it("names and sorts member countries in the visitor's language", () => {
    const french = sortedCountryNames(["IQ", "EG", "AE", "DZ", "SA"], "fr").map((c) => c.name);
    // Collation, not code points: "Égypte" and "Émirats" sort among the E's, before "Irak".
    expect(french).toEqual(["Algérie", "Arabie saoudite", "Égypte", "Émirats arabes unis", "Irak"]);
    const russian = sortedCountryNames(["KG", "AZ", "HU"], "ru").map((c) => c.name);
    expect(russian).toEqual(["Азербайджан", "Венгрия", "Кыргызстан"]);
  });

  it("runs the same number of queries for a large region and a small one", async () => {
    const large = (await countQueries(() => getRegion({ locale: "ar", code: "EUR" }))).queries;
    const small = (await countQueries(() => getRegion({ locale: "ar", code: "MENA" }))).queries;
    expect(large).toBeGreaterThan(0);
    expect(small).toBe(large);
    console.info(`getRegion: ${large} queries`);
  });
});

// These change the database: they run last, in order.
describe("unpublished and missing text", () => {
  it("falls back to English for a region text missing in the visitor's language", async () => {
    const wca = await prisma.region.findUniqueOrThrow({ where: { code: "WCA" }, select: { id: true } });
    await prisma.regionTranslation.delete({ where: { regionId_locale: { regionId: wca.id, locale: "es" } } });
    const region = (await getRegion({ locale: "es", code: "wca" }))!;
    expect(region).toMatchObject({ name: "West and Central Africa", contentLocale: "en", isFallback: true });
  });

  it("drops a structure from its region once its translations are DRAFT", async () => {
    const before = (await getRegion({ locale: "ru", code: "EUR" }))!;
    const countBefore = (await listRegions({ locale: "ru" })).find((r) => r.code === "EUR")!.structureCount;
    expect(before.structures.map((s) => s.slug)).toContain(SEED_SLUGS.rtcMoscow);
    const moscow = await prisma.structure.findUniqueOrThrow({
      where: { slug: SEED_SLUGS.rtcMoscow },
      select: { id: true },
    });
    await prisma.structureTranslation.updateMany({ where: { structureId: moscow.id }, data: { status: "DRAFT" } });
    const after = (await getRegion({ locale: "ru", code: "EUR" }))!;
    expect(after.structures.map((s) => s.slug)).not.toContain(SEED_SLUGS.rtcMoscow);
    expect(after.structures).toHaveLength(before.structures.length - 1);
    expect((await listRegions({ locale: "ru" })).find((r) => r.code === "EUR")!.structureCount).toBe(countBefore - 1);
  });

  it("drops a meeting from the region once it is back to DRAFT", async () => {
    await prisma.meeting.update({ where: { slug: SEED_SLUGS.bishkek2021 }, data: { status: "DRAFT" } });
    const region = (await getRegion({ locale: "en", code: "EUR" }))!;
    expect(region.meetings.recent.map((m) => m.slug)).not.toContain(SEED_SLUGS.bishkek2021);
  });
});
