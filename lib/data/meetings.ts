import "server-only";
import { prisma } from "@/lib/db/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagged } from "@/lib/cache/tags";
import { publicMeetingWhere, publishedTranslations } from "./visibility";

export type MeetingCard = {
  id: string;
  slug: string;
  kind: string;
  format: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string;
  countryCode: string | null;
  title: string;
  summary: string;
  contentLocale: AppLocale;
  isFallback: boolean;
};

export const cardSelect = (locale: AppLocale) =>
  ({
    id: true,
    slug: true,
    kind: true,
    format: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    city: true,
    countryCode: true,
    translations: { ...publishedTranslations(locale), select: { locale: true, title: true, summary: true } },
  }) as const;

export type CardRow = {
  id: string;
  slug: string;
  kind: string;
  format: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string;
  countryCode: string | null;
  translations: { locale: string; title: string; summary: string }[];
};

function toCard(row: CardRow, locale: AppLocale): MeetingCard | null {
  const text = pickTranslation(row.translations, locale);
  if (!text) return null;
  const { translations: _unused, ...rest } = row;
  void _unused;
  return { ...rest, title: text.title, summary: text.summary, contentLocale: text.locale, isFallback: text.isFallback };
}

export function toCards(rows: CardRow[], locale: AppLocale): MeetingCard[] {
  return rows.map((row) => toCard(row, locale)).filter((c): c is MeetingCard => c !== null);
}

/** Upcoming (not yet ended) and recent meetings for the home page: two queries each. */
async function listHomeMeetingsUncached({ locale, take }: { locale: AppLocale; take: number }) {
  const now = new Date();
  const [upcoming, recent] = await Promise.all([
    prisma.meeting.findMany({
      where: { ...publicMeetingWhere(now), endsAt: { gte: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take,
      select: cardSelect(locale),
    }),
    prisma.meeting.findMany({
      // The network's own meetings; workshops and trainings appear in the full list.
      where: { ...publicMeetingWhere(now), endsAt: { lt: now }, kind: { in: ["REGIONAL_STRUCTURES_MEETING", "GLOBAL_INFORMAL_MEETING"] } },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take,
      select: cardSelect(locale),
    }),
  ]);
  return { upcoming: toCards(upcoming, locale), recent: toCards(recent, locale) };
}

export const listHomeMeetings = tagged(listHomeMeetingsUncached, () => [cacheTags.meetings]);
