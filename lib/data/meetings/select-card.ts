import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { publishedTranslations } from "../visibility";
import type { CityNamer } from "../gazetteer/name-places";

export type MeetingCard = {
  id: string;
  slug: string;
  kind: string;
  format: string;
  /** The meeting's number in its series, if any. */
  number: number | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string;
  /** The city as the visitor's language names it (the gazetteer; English where it has no name). */
  cityName: string;
  countryCode: string | null;
  title: string;
  summary: string;
  contentLocale: AppLocale;
  isFallback: boolean;
};

/** A meeting's number in its series, its dates and its place, as cards and the API show them. */
export const meetingTimePlaceSelect = {
  number: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  city: true,
  countryCode: true,
} as const;

export const cardSelect = (locale: AppLocale) =>
  ({
    id: true,
    slug: true,
    kind: true,
    format: true,
    ...meetingTimePlaceSelect,
    translations: { ...publishedTranslations(locale), select: { locale: true, title: true, summary: true } },
  }) as const;

/** A card as read: the card's own columns, and its texts still to be chosen. */
export type CardRow = Omit<MeetingCard, "cityName" | "title" | "summary" | "contentLocale" | "isFallback"> & {
  translations: { locale: string; title: string; summary: string }[];
};

function toCard(row: CardRow, locale: AppLocale, cityOf: CityNamer): MeetingCard | null {
  const text = pickTranslation(row.translations, locale);
  if (!text) return null;
  const { translations: _unused, ...rest } = row;
  void _unused;
  return {
    ...rest,
    cityName: cityOf(row.city, row.countryCode),
    title: text.title,
    summary: text.summary,
    contentLocale: text.locale,
    isFallback: text.isFallback,
  };
}

/** Cards in the visitor's language; `cityOf` (cityNamer, lib/data/gazetteer/name-places.ts) names their cities. */
export function toCards(rows: CardRow[], locale: AppLocale, cityOf: CityNamer): MeetingCard[] {
  return rows.map((row) => toCard(row, locale, cityOf)).filter((c): c is MeetingCard => c !== null);
}

/**
 * Meetings not yet ended, in a form the (startsAt, id) index serves: the
 * earliest start among them (one query on the endsAt index) bounds the scan.
 * Without the bound, PostgreSQL walks the index from the oldest meeting, since
 * it cannot know that end dates follow start dates (133 ms at 100,000).
 * Null when no meeting is upcoming.
 */
export async function upcomingMeetingsWhere(
  base: Prisma.MeetingWhereInput,
  now: Date,
): Promise<Prisma.MeetingWhereInput | null> {
  const notEnded: Prisma.MeetingWhereInput = { AND: [base, { endsAt: { gte: now } }] };
  const { _min } = await prisma.meeting.aggregate({ where: notEnded, _min: { startsAt: true } });
  return _min.startsAt ? { AND: [notEnded, { startsAt: { gte: _min.startsAt } }] } : null;
}

/** Meetings that have ended; they also started before now, which lets the index start there. */
export function pastMeetingsWhere(base: Prisma.MeetingWhereInput, now: Date): Prisma.MeetingWhereInput {
  return { AND: [base, { endsAt: { lt: now } }, { startsAt: { lt: now } }] };
}
