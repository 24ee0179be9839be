import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { cacheTags } from "@/lib/cache/tags";
import { cityNameLocales, type CityNames } from "@/lib/validation/city-names";

type Tx = Prisma.TransactionClient;

/** The gazetteer's names of a city (country and English name), for the editor. */
export async function readCityNames(countryCode: string | null, city: string): Promise<CityNames> {
  const names = Object.fromEntries(cityNameLocales.map((locale) => [locale, ""])) as CityNames;
  if (!countryCode || !city) return names;
  const rows = await prisma.cityName.findMany({ where: { countryCode, city }, select: { locale: true, name: true } });
  for (const row of rows) if (row.locale !== "en") names[row.locale as keyof CityNames] = row.name;
  return names;
}

/**
 * Writes a city's names as the form holds them (an empty field removes the
 * name: the city is then shown in English), audited. The names belong to the
 * city, so every meeting and structure there shows them: the `places` tag
 * refreshes the pages that name places. Returns the tags to invalidate.
 */
export async function writeCityNames(
  tx: Tx,
  actorId: string,
  countryCode: string | null,
  city: string,
  names: CityNames | undefined,
): Promise<string[]> {
  if (!names || !countryCode || !city) return [];
  const rows = await tx.cityName.findMany({ where: { countryCode, city }, select: { locale: true, name: true } });
  const before: Record<string, string> = Object.fromEntries(rows.map((row) => [row.locale, row.name]).sort());
  const after: Record<string, string> = {};
  for (const locale of cityNameLocales) {
    const name = names[locale];
    if (name) after[locale] = name;
    if (name && before[locale] !== name) {
      await tx.cityName.upsert({
        where: { countryCode_city_locale: { countryCode, city, locale } },
        create: { countryCode, city, locale, name },
        update: { name },
      });
    } else if (!name && before[locale] !== undefined) {
      await tx.cityName.delete({ where: { countryCode_city_locale: { countryCode, city, locale } } });
    }
  }
  const changed = JSON.stringify(before) !== JSON.stringify(Object.fromEntries(Object.entries(after).sort()));
  // (both sorted by locale, so equal names compare equal)
  if (!changed) return [];
  await writeAudit(tx, {
    actorId,
    action: "city.names",
    entityType: "City",
    entityId: `${countryCode}/${city}`,
    before,
    after,
  });
  return [cacheTags.places];
}
