// The directory the import's extractor matches names against, read from the
// database: every structure and organization with its names in every
// language, the gazetteer's cities (and those of structures and meetings),
// and each country's region.
import { buildDirectory } from "@/lib/import/directory";
import type { ImportDirectory } from "@/lib/import/types";
import type { PrismaClient } from "@/lib/db/create-client";

export async function loadImportDirectory(db: PrismaClient): Promise<ImportDirectory> {
  const [structures, organizations, cityNames, countries, meetingCities] = await Promise.all([
    db.structure.findMany({
      select: {
        slug: true,
        kind: true,
        countryCode: true,
        city: true,
        region: { select: { code: true } },
        translations: { select: { name: true } },
      },
    }),
    db.organization.findMany({ select: { slug: true, countryCode: true, translations: { select: { name: true } } } }),
    db.cityName.findMany({ select: { countryCode: true, city: true, locale: true, name: true } }),
    db.country.findMany({ select: { code: true, region: { select: { code: true } } } }),
    db.meeting.findMany({
      where: { city: { not: "" }, countryCode: { not: null } },
      select: { city: true, countryCode: true },
      distinct: ["city", "countryCode"],
    }),
  ]);
  const cities = new Map<
    string,
    { city: string; countryCode: string; names: Partial<Record<"fr" | "es" | "ru" | "ar", string>> }
  >();
  const cityEntry = (countryCode: string, city: string) => {
    const key = `${countryCode}:${city}`;
    let entry = cities.get(key);
    if (!entry) cities.set(key, (entry = { city, countryCode, names: {} }));
    return entry;
  };
  for (const s of structures) if (s.city) cityEntry(s.countryCode, s.city);
  for (const m of meetingCities) if (m.countryCode) cityEntry(m.countryCode, m.city);
  for (const n of cityNames) if (n.locale !== "en") cityEntry(n.countryCode, n.city).names[n.locale] = n.name;
  return buildDirectory({
    structures: structures.map((s) => ({
      slug: s.slug,
      kind: s.kind,
      regionCode: s.region.code,
      countryCode: s.countryCode,
      city: s.city,
      names: s.translations.map((t) => t.name),
    })),
    organizations: organizations.map((o) => ({
      slug: o.slug,
      countryCode: o.countryCode,
      names: o.translations.map((t) => t.name),
    })),
    cities: [...cities.values()],
    countryRegions: Object.fromEntries(countries.map((c) => [c.code, c.region.code])),
  });
}
