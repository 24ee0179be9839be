// Every name the site shows, in any language, finds its records from every
// interface language: cities of the gazetteer, countries in every locale,
// structure and organization names per language; with typos, and Arabic typed with or without
// its optional marks (hamza and alef forms, taa marbuta, diacritics, tatweel).
import { describe, expect, it } from "vitest";
import { locales, type AppLocale } from "@/i18n/routing";
import { prisma } from "@/lib/db/client";
import { countryName } from "@/lib/content/format";
import { searchPublicContent } from "@/lib/data/search/search-public-content";
import { expandQuery } from "@/lib/data/search/expand-query";
import { namedCountryCodes } from "@/lib/search/country-codes";
import { SEED_SLUGS } from "@/prisma/seed/keys";

const slugs = async (locale: AppLocale, query: string) =>
  (await searchPublicContent({ locale, query, page: 1 })).hits.map((hit) => hit.slug);

// [interface language, what the visitor types, a record it must find]
const table: [AppLocale, string, string][] = [
  ["es", "Biskek", SEED_SLUGS.rtcBishkek], // the very name /es shows
  ["es", "Biskek", SEED_SLUGS.bishkek2021],
  ["ar", "بيشكيك", SEED_SLUGS.rtcBishkek], // as /ar/structures/rtc-bishkek shows it
  ["ar", "بِيشْكِيك", SEED_SLUGS.rtcBishkek], // with diacritics
  ["ar", "بيشكيـــك", SEED_SLUGS.rtcBishkek], // with tatweel
  ["en", "Бишкек", SEED_SLUGS.rtcBishkek],
  ["es", "Bichkek", SEED_SLUGS.rtcBishkek],
  ["fr", "Bishkeck", SEED_SLUGS.rtcBishkek], // a typo
  ["ar", "Kirguistán", SEED_SLUGS.rtcBishkek], // the country, in Spanish
  ["en", "قيرغيزستان", SEED_SLUGS.rtcBishkek], // in Arabic
  ["es", "Кыргызстан", SEED_SLUGS.rtcBishkek], // in Russian (UN short name)
  ["ru", "Kirghizstan", SEED_SLUGS.rtcBishkek], // in French
  ["ar", "Centre régional de formation de l’OMD à Bichkek", SEED_SLUGS.rtcBishkek], // a structure's French name
  ["es", "Региональный учебный центр ВТамО в Бишкеке", SEED_SLUGS.rtcBishkek],
  ["ar", "Le Caire", "rtc-egypt"],
  ["fr", "القاهره", "rtc-egypt"], // taa marbuta typed as haa
  ["en", "ابيدجان", "rocb-west-central-africa"], // hamza omitted (أبيدجان)
  ["ar", "Abiyán", "rocb-west-central-africa"],
  ["ar", "Moscú", SEED_SLUGS.rtcMoscow],
  ["es", "Москва", SEED_SLUGS.rtcMoscow],
  ["ru", "Bruselas", SEED_SLUGS.brussels2011],
  ["ar", "الرياض", "rtc-saudi-arabia"],
  ["es", "Эр-Рияд", "rtc-saudi-arabia"],
  // Organizations by their name in any language: the meetings they attend.
  ["en", "Национальное таможенное управление Уругвая", "americas-workshop-project-map-montevideo-2026"],
  ["es", "المديرية الوطنية للجمارك في أوروغواي", "americas-workshop-project-map-montevideo-2026"],
  ["ar", "Direction nationale des douanes de l’Uruguay", "americas-workshop-project-map-montevideo-2026"],
  ["fr", "National Customs Directorate of Uruguay", "americas-workshop-project-map-montevideo-2026"],
];

describe("search by every name shown, from every interface language", () => {
  it.each(table)("from /%s, %s finds %s", async (locale, query, slug) => {
    expect(await slugs(locale, query)).toContain(slug);
  });

  it("shows the visitor's language first: Biskek from /ru gives the Russian texts", async () => {
    const result = await searchPublicContent({ locale: "ru", query: "Biskek", page: 1 });
    expect(result.hits[0].locale).toBe("ru");
  });

  it("searches a place by its name in every language, the visitor's first", async () => {
    const { variants, cities, countries } = await expandQuery("Biskek", "ar");
    expect(variants[0]).toBe("بيشكيك");
    expect(variants).toEqual(expect.arrayContaining(["Bishkek", "Bichkek", "Бишкек"]));
    expect(cities).toEqual(["KG|Bishkek"]);
    expect(countries).toEqual([]);
  });

  it("a query that is more than a place only matches texts (records elsewhere do not join)", async () => {
    const expansion = await expandQuery("Biskek workshop", "en");
    expect(expansion.cities).toEqual([]);
    expect(expansion.variants).toContain("Bishkek workshop");
  });

  it("a query that is an organization's name, in any language, finds the meetings it attends", async () => {
    const uruguay = await prisma.organization.findUniqueOrThrow({ where: { slug: "customs-uruguay" } });
    const expansion = await expandQuery("Национальное таможенное управление Уругвая", "es");
    expect(expansion.organizations).toEqual([uruguay.id]);
    expect(expansion.variants[0]).toBe("Dirección Nacional de Aduanas del Uruguay");
    // The meeting's texts never name the directorate: it is found through its attendance.
    const texts = await prisma.meetingTranslation.findMany({
      where: { meeting: { slug: "americas-workshop-project-map-montevideo-2026" } },
    });
    expect(texts.some((t) => /Directorate|Dirección Nacional|таможенное управление/.test(JSON.stringify(t)))).toBe(
      false,
    );
  });

  it("ordinary words are not taken for places", async () => {
    const expansion = await expandQuery("capacity building", "en");
    expect(expansion.cities).toEqual([]);
    expect(expansion.countries).toEqual([]);
    expect(expansion.organizations).toEqual([]);
  });

  it("folds Arabic and Latin spellings in PostgreSQL (search_fold)", async () => {
    const rows = await prisma.$queryRawUnsafe<{ a: string; b: string; c: string; d: string; e: string }[]>(
      `SELECT search_fold('أَحْمَد') AS a, search_fold('مدرسة') AS b, search_fold('مستشفى') AS c,
              search_fold('São Tomé') AS d, search_fold('Эр-Рияд') AS e`,
    );
    expect(rows[0]).toEqual({ a: "احمد", b: "مدرسه", c: "مستشفي", d: "sao tome", e: "эр рияд" });
  });

  it("keeps the countries' names table equal to the names the pages show", async () => {
    const rows = await prisma.countryName.findMany();
    const stored = new Map(rows.map((row) => [`${row.code}|${row.locale}`, row.name]));
    const codes = namedCountryCodes();
    expect(codes.length).toBeGreaterThan(240);
    for (const code of codes)
      for (const locale of locales)
        expect(
          stored.get(`${code}|${locale}`),
          `${code} ${locale}: run scripts/country-names-sql.ts into a migration`,
        ).toBe(countryName(code, locale));
    expect(rows.length).toBe(codes.length * locales.length);
  });
});
