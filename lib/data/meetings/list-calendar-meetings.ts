import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { placeFormatter } from "../gazetteer/name-places";
import { pickTranslation } from "@/lib/content/translation";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere, publishedTranslations } from "../visibility";
import { pastMeetingsWhere, upcomingMeetingsWhere } from "./select-card";
import type { CalendarMeeting } from "@/lib/feeds/ics";

/**
 * A calendar holds the next CALENDAR_SIDE meetings and, of the past ones, at
 * most CALENDAR_SIDE that started within the last CALENDAR_PAST_MONTHS (a
 * meeting's own calendar and a series' calendar: all of them): what a
 * subscriber's calendar shows around today (the network holds a few dozen
 * meetings a year), in a file that stays small and quick however many
 * meetings there are. Older meetings are in the open data
 * API (/api/v1/meetings?to=…).
 */
export const CALENDAR_SIDE = 50;
export const CALENDAR_PAST_MONTHS = 12;

/** The first start date a calendar's past side includes. */
export function calendarPastFrom(now: Date): Date {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - CALENDAR_PAST_MONTHS);
  return from;
}

/** A calendar event as read (lib/feeds/ics.ts), with the meeting's kind still to be named in the calendar's language. */
export type CalendarMeetingRow = Omit<CalendarMeeting, "categories" | "timesText"> & { kind: string };

export async function listCalendarMeetings({
  locale,
  region,
  structure,
  slug,
  series,
}: {
  locale: AppLocale;
  region?: string;
  structure?: string;
  slug?: string;
  series?: string;
}): Promise<CalendarMeetingRow[]> {
  await tagRender([cacheTags.meetings]);
  const where: Prisma.MeetingWhereInput = { ...publicMeetingWhere() };
  if (slug) where.slug = slug;
  if (series) where.series = { slug: series };
  if (region) where.region = { code: region };
  if (structure) {
    where.AND = [
      {
        OR: [
          { hostStructure: { slug: structure } },
          { organizerStructure: { slug: structure } },
          { attendees: { some: { structure: { slug: structure } } } },
        ],
      },
    ];
  }
  const select = {
    id: true,
    slug: true,
    status: true,
    kind: true,
    timeZone: true,
    startsAt: true,
    endsAt: true,
    city: true,
    countryCode: true,
    updatedAt: true,
    translations: {
      ...publishedTranslations(locale),
      select: { locale: true, title: true, summary: true, venue: true },
    },
  } as const;
  const now = new Date();
  const [upcoming, past] = await Promise.all([
    upcomingMeetingsWhere(where, now).then((bounded) =>
      bounded
        ? prisma.meeting.findMany({
            where: bounded,
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take: CALENDAR_SIDE,
            select,
          })
        : [],
    ),
    prisma.meeting.findMany({
      // A meeting's own calendar and a series' show all of it; the lists, the recent past.
      where:
        slug || series
          ? pastMeetingsWhere(where, now)
          : { AND: [pastMeetingsWhere(where, now), { startsAt: { gte: calendarPastFrom(now) } }] },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: CALENDAR_SIDE,
      select,
    }),
  ]);
  const placeOf = await placeFormatter(locale, (city, country) => `${city}, ${country}`, { perRender: false });
  return [...upcoming.reverse(), ...past].flatMap((row) => {
    const text = pickTranslation(row.translations, locale);
    if (!text) return [];
    const location = [text.venue, placeOf(row.city, row.countryCode)].filter(Boolean).join(", ");
    return [
      {
        id: row.id,
        slug: row.slug,
        status: row.status,
        kind: row.kind,
        title: text.title,
        summary: text.summary,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        timeZone: row.timeZone,
        location,
        updatedAt: row.updatedAt,
      },
    ];
  });
}
