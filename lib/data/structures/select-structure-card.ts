import "server-only";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { structureKindOrder, type StructureKindValue } from "@/lib/validation/structure-filters";
import { publishedTranslations } from "../visibility";
import { structureRowFields } from "./select-structure";
import type { CityNamer } from "../gazetteer/name-places";

// The short form of a structure shared by the directory, the region page and
// the map: one select, resolved to the visitor's language with the fallback.

export type StructureCard = {
  id: string;
  slug: string;
  kind: StructureKindValue;
  status: "ACTIVE" | "INACTIVE";
  regionCode: string;
  city: string;
  /** The city as the visitor's language names it (the gazetteer; English where it has no name). */
  cityName: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  name: string;
  hostAdministration: string;
  contentLocale: AppLocale;
  isFallback: boolean;
};

export const structureCardSelect = (locale: AppLocale) =>
  ({
    ...structureRowFields,
    latitude: true,
    longitude: true,
    region: { select: { code: true } },
    translations: { ...publishedTranslations(locale), select: { locale: true, name: true, hostAdministration: true } },
  }) as const;

export type StructureCardRow = {
  id: string;
  slug: string;
  kind: StructureKindValue;
  status: "ACTIVE" | "INACTIVE";
  city: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  region: { code: string };
  translations: { locale: string; name: string; hostAdministration: string }[];
};

/** Rows without a translation the visitor may read are dropped; `cityOf` (lib/data/gazetteer/name-places.ts) names the cities. */
export function toStructureCards(rows: StructureCardRow[], locale: AppLocale, cityOf: CityNamer): StructureCard[] {
  return rows.flatMap(({ translations, region, ...row }) => {
    const text = pickTranslation(translations, locale);
    if (!text) return [];
    return [
      {
        ...row,
        countryCode: row.countryCode.trim(),
        cityName: cityOf(row.city, row.countryCode),
        regionCode: region.code,
        name: text.name,
        hostAdministration: text.hostAdministration,
        contentLocale: text.locale,
        isFallback: text.isFallback,
      },
    ];
  });
}

/** Kind (ROCB, RTC, Vice-Chair), then name in the visitor's collation. */
export function compareByKindAndName(locale: AppLocale) {
  const collator = new Intl.Collator(locale);
  return (a: StructureCard, b: StructureCard) =>
    structureKindOrder.indexOf(a.kind) - structureKindOrder.indexOf(b.kind) ||
    collator.compare(a.name, b.name) ||
    a.slug.localeCompare(b.slug);
}
