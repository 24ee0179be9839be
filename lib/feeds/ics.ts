// iCalendar files of meetings, written by the `ics` package (RFC 5545 folding
// and escaping done there). Times are exact instants in UTC, so calendar apps
// show them in the reader's own zone.
import { createEvents, type EventAttributes } from "ics";

export type CalendarMeeting = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  updatedAt: Date;
  status: string;
};

const utc = (date: Date) => date.getTime();

export function meetingsToIcs(meetings: CalendarMeeting[], options: { calendarName: string; urlFor: (slug: string) => string; host: string }): string {
  if (meetings.length === 0) {
    // The library refuses an empty list; an empty calendar is still valid.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//WCO Regional Structures Portal//EN", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${options.calendarName}`, "END:VCALENDAR", ""].join("\r\n");
  }
  const events: EventAttributes[] = meetings.map((m) => ({
    uid: `meeting-${m.id}@${options.host}`,
    start: utc(m.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utc(m.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    title: m.title,
    description: m.summary ? `${m.summary}\n\n${options.urlFor(m.slug)}` : options.urlFor(m.slug),
    location: m.location || undefined,
    url: options.urlFor(m.slug),
    status: "CONFIRMED",
    lastModified: utc(m.updatedAt),
    productId: "-//WCO Regional Structures Portal//EN",
    calName: options.calendarName,
  }));
  const { error, value } = createEvents(events, { productId: "-//WCO Regional Structures Portal//EN", calName: options.calendarName });
  if (error || !value) throw error ?? new Error("Could not write the calendar");
  return value;
}
