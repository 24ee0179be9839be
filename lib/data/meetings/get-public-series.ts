import "server-only";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere } from "../visibility";
import { cardSelect, toCards, type MeetingCard } from "./select-card";
import { cityNamer } from "../gazetteer/name-places";

/** A series page lists at most this many meetings (the numbered series of the network have tens). */
export const SERIES_MEETINGS_LIMIT = 200;

export type PublicSeries = {
  id: string;
  slug: string;
  kind: string;
  name: string;
  nameLocale: AppLocale;
  isFallback: boolean;
  region: { code: string; name: string } | null;
  /** Published meetings of the series, the latest first. */
  meetings: MeetingCard[];
};

/**
 * A meeting series with its published meetings (two queries), or null for an
 * unknown slug or a series with no published meeting. Tagged with the series
 * and the meetings collection, so publishing one of its meetings, or renaming
 * the series, refreshes the page; a 404 with the meetings and series tags.
 */
export async function getPublicSeries({
  locale,
  slug,
}: {
  locale: AppLocale;
  slug: string;
}): Promise<PublicSeries | null> {
  const names = { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } };
  const series = await prisma.meetingSeries.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      translations: names,
      region: { select: { code: true, translations: names } },
    },
  });
  if (!series) {
    await tagRender([cacheTags.meetings, cacheTags.series]);
    return null;
  }
  await tagRender([cacheTags.seriesRecord(series.id), cacheTags.series, cacheTags.meetings, cacheTags.regions]);
  const [rows, cityOf] = await Promise.all([
    prisma.meeting.findMany({
      where: { ...publicMeetingWhere(), seriesId: series.id },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: SERIES_MEETINGS_LIMIT,
      select: cardSelect(locale),
    }),
    cityNamer(locale),
  ]);
  const meetings = toCards(rows, locale, cityOf);
  if (!meetings.length) return null;
  const name = pickTranslation(series.translations, locale);
  return {
    id: series.id,
    slug: series.slug,
    kind: series.kind,
    name: name?.name ?? series.slug,
    nameLocale: name?.locale ?? "en",
    isFallback: name?.isFallback ?? false,
    region: series.region
      ? {
          code: series.region.code,
          name: pickTranslation(series.region.translations, locale)?.name ?? series.region.code,
        }
      : null,
    meetings,
  };
}
