import "server-only";
import { prisma } from "@/lib/db/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere, publicStructureWhere } from "../visibility";
import { cityNamer } from "../gazetteer/name-places";
import {
  compareByKindAndName,
  structureCardSelect,
  toStructureCards,
  type StructureCard,
} from "../structures/select-structure-card";
import {
  cardSelect,
  pastMeetingsWhere,
  toCards,
  upcomingMeetingsWhere,
  type MeetingCard,
} from "../meetings/select-card";

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
