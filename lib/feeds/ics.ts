// iCalendar files of meetings, written by the `ics` package (RFC 5545 folding
// and escaping of events done there). A meeting within one day at its venue
// is a timed event in UTC (calendar apps show it in the reader's zone); one
// over several days is an all-day span of its local dates (DTEND the day
// after, exclusive), with its times in the description. The calendar carries
// the RFC 7986 properties NAME, REFRESH-INTERVAL and SOURCE, which `ics`
// does not write, and each event its kind as CATEGORIES.
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { utcToZoned } from "@/lib/content/time-zone";

export type CalendarMeeting = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string;
  updatedAt: Date;
  status: string;
  /** CATEGORIES: the meeting's kind, in the calendar's language. */
  categories: string[];
  /** The meeting's local times, said in the description of an all-day span ("09:00–17:00, Kyrgyzstan Time (GMT+6)"). */
  timesText?: string;
};

export type CalendarOptions = {
  calendarName: string;
  urlFor: (slug: string) => string;
  host: string;
  /** The calendar's own address (RFC 7986 SOURCE), where apps refresh it from. */
  source?: string;
  /** How often subscribers should refresh (RFC 7986 REFRESH-INTERVAL, ISO 8601 duration). */
  refreshInterval?: string;
};

const PRODUCT_ID = "-//WCO Regional Structures Portal//EN";
const utc = (date: Date) => date.getTime();

/** RFC 5545 §3.3.11 text escaping. */
const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** RFC 5545 §3.1 folding: lines of at most 75 octets, continued with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (bytes + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function calendarProperties(options: CalendarOptions): string {
  const refresh = options.refreshInterval ?? "PT12H";
  const lines = [`NAME:${escapeText(options.calendarName)}`, `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`];
  if (options.source) lines.push(`SOURCE;VALUE=URI:${options.source}`);
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

const dateArray = (isoDate: string): DateArray => isoDate.split("-").map(Number) as DateArray;

function dayAfter(isoDate: string): string {
  const [y, m, d] = dateArray(isoDate);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Whether the meeting runs over more than one day at its venue. */
export function isMultiDay(meeting: Pick<CalendarMeeting, "startsAt" | "endsAt" | "timeZone">): boolean {
  return (
    utcToZoned(meeting.startsAt, meeting.timeZone).date !==
    utcToZoned(new Date(meeting.endsAt.getTime() - 1), meeting.timeZone).date
  );
}

function timing(m: CalendarMeeting): Partial<EventAttributes> & { end: DateArray | number } {
  if (isMultiDay(m)) {
    const first = utcToZoned(m.startsAt, m.timeZone).date;
    const last = utcToZoned(new Date(m.endsAt.getTime() - 1), m.timeZone).date;
    return { start: dateArray(first), end: dateArray(dayAfter(last)) };
  }
  return {
    start: utc(m.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utc(m.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
  };
}

/** A calendar of events; an empty one is still a valid calendar (the library refuses an empty list). */
function writeCalendar(events: EventAttributes[], options: CalendarOptions): string {
  if (events.length === 0) {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:${PRODUCT_ID}`,
      "CALSCALE:GREGORIAN",
      foldLine(`X-WR-CALNAME:${escapeText(options.calendarName)}`),
      calendarProperties(options).trimEnd(),
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: options.calendarName });
  if (error || !value) throw error ?? new Error("Could not write the calendar");
  // RFC 7986 calendar properties, after the header `ics` writes.
  return value.replace(/(X-PUBLISHED-TTL:[^\r\n]*\r\n)/, (header) => header + calendarProperties(options));
}

export function meetingsToIcs(meetings: CalendarMeeting[], options: CalendarOptions): string {
  const events: EventAttributes[] = meetings.map((m) => {
    const url = options.urlFor(m.slug);
    const description = [m.summary, isMultiDay(m) ? m.timesText : undefined, url].filter(Boolean).join("\n\n");
    return {
      uid: `meeting-${m.id}@${options.host}`,
      ...timing(m),
      title: m.title,
      description,
      location: m.location || undefined,
      url,
      categories: m.categories.length ? m.categories : undefined,
      status: "CONFIRMED",
      lastModified: utc(m.updatedAt),
      productId: PRODUCT_ID,
      calName: options.calendarName,
    } as EventAttributes;
  });
  return writeCalendar(events, options);
}

/** One agenda item as a calendar event: a timed event in UTC (an item without an end lasts no time). */
export type CalendarAgendaItem = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  url: string;
  updatedAt: Date;
};

/** A meeting's timetable as a calendar: one event per timed agenda item. */
export function agendaToIcs(items: CalendarAgendaItem[], options: Omit<CalendarOptions, "urlFor">): string {
  const events = items.map((item) => ({
    uid: `agenda-item-${item.id}@${options.host}`,
    start: utc(item.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utc(item.endsAt && item.endsAt > item.startsAt ? item.endsAt : item.startsAt),
    endInputType: "utc",
    endOutputType: "utc",
    title: item.title,
    description: item.description || undefined,
    location: item.location || undefined,
    url: item.url,
    status: "CONFIRMED",
    lastModified: utc(item.updatedAt),
    productId: PRODUCT_ID,
    calName: options.calendarName,
  })) as EventAttributes[];
  return writeCalendar(events, { ...options, urlFor: () => "" });
}
