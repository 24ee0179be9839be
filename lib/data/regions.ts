import "server-only";
import { prisma } from "@/lib/db/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere, publicStructureWhere, publishedTranslations } from "./visibility";
import { cityNamer } from "./places";
import { compareByKindAndName, structureCardSelect, toStructureCards, type StructureCard } from "./structures/cards";
import { cardSelect, pastMeetingsWhere, toCards, upcomingMeetingsWhere, type MeetingCard } from "./meetings/cards";

export type RegionSummary = { id: string; code: string; name: string; structureCount: number; countryCount: number };

export async function listRegions({ locale }: { locale: AppLocale }): Promise<RegionSummary[]> {
  await tagRender([cacheTags.regions, cacheTags.structures]);
  const rows = await prisma.region.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      code: true,
      translations: {
        where: { locale: { in: publishedTranslations(locale).where.locale.in } },
        select: { locale: true, name: true },
      },
      _count: { select: { structures: { where: publicStructureWhere() }, countries: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: pickTranslation(row.translations, locale)?.name ?? row.code,
    structureCount: row._count.structures,
    countryCount: row._count.countries,
  }));
}

/** Upcoming and recent meetings shown on a region page; the full list is on /meetings?region=. */
export const REGION_MEETINGS_LIMIT = 4;

export type RegionDetail = {
  code: string;
  name: string;
  description: string;
  contentLocale: AppLocale;
  isFallback: boolean;
  /** ISO codes of the member countries; names come from Intl.DisplayNames where shown. */
  countryCodes: string[];
  /** Published structures, by kind then name. */
  structures: StructureCard[];
  meetings: { upcoming: MeetingCard[]; recent: MeetingCard[] };
};

// Three queries' worth in parallel (the region with its texts, countries and
// structures; upcoming meetings; recent meetings), whatever their number.
async function loadRegion({ locale, code }: { locale: AppLocale; code: string }): Promise<RegionDetail | null> {
  await tagRender([cacheTags.regions, cacheTags.structures, cacheTags.meetings]);
  const now = new Date();
  const meetingsWhere = { ...publicMeetingWhere(now), region: { code } };
  const [region, upcoming, recent, cityOf] = await Promise.all([
    prisma.region.findUnique({
      where: { code },
      select: {
        code: true,
        translations: {
          where: { locale: { in: fallbackChain(locale) } },
          select: { locale: true, name: true, description: true },
        },
        countries: { select: { code: true }, orderBy: { code: "asc" } },
        structures: { where: publicStructureWhere(), select: structureCardSelect(locale) },
      },
    }),
    upcomingMeetingsWhere(meetingsWhere, now).then((where) =>
      where
        ? prisma.meeting.findMany({
            where,
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take: REGION_MEETINGS_LIMIT,
            select: cardSelect(locale),
          })
        : [],
    ),
    prisma.meeting.findMany({
      where: pastMeetingsWhere(meetingsWhere, now),
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: REGION_MEETINGS_LIMIT,
      select: cardSelect(locale),
    }),
    cityNamer(locale),
  ]);
  if (!region) return null;
  const text = pickTranslation(region.translations, locale);
  return {
    code: region.code,
    name: text?.name ?? region.code,
    description: text?.description ?? "",
    contentLocale: text?.locale ?? "en",
    isFallback: text?.isFallback ?? false,
    countryCodes: region.countries.map((country) => country.code.trim()),
    structures: toStructureCards(region.structures, locale, cityOf).sort(compareByKindAndName(locale)),
    meetings: { upcoming: toCards(upcoming, locale, cityOf), recent: toCards(recent, locale, cityOf) },
  };
}

/** A region page's content by code (EUR, or eur); null for an unknown code. */
export function getRegion({ locale, code }: { locale: AppLocale; code: string }): Promise<RegionDetail | null> {
  return loadRegion({ locale, code: code.toUpperCase() });
}

/** Which region each country belongs to (the maps shade them): one query, tagged with the regions. */
export async function listCountryRegions(): Promise<Map<string, string>> {
  await tagRender([cacheTags.regions]);
  const rows = await prisma.country.findMany({ select: { code: true, region: { select: { code: true } } } });
  return new Map(rows.map((row) => [row.code.trim(), row.region.code]));
}
