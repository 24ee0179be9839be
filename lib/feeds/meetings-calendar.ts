import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, timeFormat, timeZoneLabel } from "@/lib/content/format";
import { listCalendarMeetings, type CalendarMeetingRow } from "@/lib/data/meetings/list-calendar-meetings";
import { absoluteUrl } from "@/lib/seo/metadata";
import { regionCodeSchema, slugSchema, type SearchParams } from "@/lib/validation/public-filters";
import { meetingsToIcs, type CalendarMeeting } from "./ics";
import { calendarResponse, siteHost } from "./responses";

/** A calendar file of meetings: named, with each meeting's kind as its category and local times of all-day spans. */
export async function calendarOf(
  locale: AppLocale,
  rows: CalendarMeetingRow[],
  { name, path, filename }: { name: string; path: string; filename: string },
): Promise<Response> {
  const m = await getTranslations({ locale, namespace: "Meeting" });
  const meetings: CalendarMeeting[] = rows.map((row) => {
    const times = timeFormat(locale, row.timeZone);
    return {
      ...row,
      categories: [m(`kind.${row.kind as "OTHER"}`)],
      timesText: `${formatDateRange(row.startsAt, row.endsAt, row.timeZone, locale)}, ${times.format(row.startsAt)}–${times.format(row.endsAt)} ${timeZoneLabel(row.timeZone, row.startsAt, locale)}`,
    };
  });
  const body = meetingsToIcs(meetings, {
    calendarName: name,
    urlFor: (slug) => absoluteUrl(locale, `/meetings/${slug}`),
    host: siteHost(),
    source: absoluteUrl(locale, path),
  });
  return calendarResponse(body, filename);
}

/** The calendar of published meetings; `region` and `structure` narrow it. */
export async function meetingsCalendarResponse(locale: AppLocale, query: SearchParams): Promise<Response> {
  const region = regionCodeSchema.parse(query.region);
  const structure = slugSchema.parse(query.structure);
  const rows = await listCalendarMeetings({ locale, region, structure });
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const search = new URLSearchParams(
    Object.entries({ region: region?.toLowerCase(), structure }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return calendarOf(locale, rows, {
    name: `${site("name")} — ${t("title")}`,
    path: `/meetings/calendar.ics${search ? `?${search}` : ""}`,
    filename: "meetings.ics",
  });
}
