import { describe, expect, it } from "vitest";
import { formatDateRange, formatHours, isoDateTimeInZone } from "@/lib/content/format";
import { canonicalTimeZone } from "@/lib/content/time-zone";
import { joinLink } from "@/lib/data/meetings/select-timetable";
import { agendaToIcs } from "@/lib/feeds/ics";

// The online course of the issue: 8 September 2026, 06:00–10:00 UTC, in Dubai (GMT+4).
const start = new Date("2026-09-08T06:00:00Z");
const end = new Date("2026-09-08T10:00:00Z");

describe("a meeting's dates under its title", () => {
  it("are a short range in every language, at the venue", () => {
    // 12 October 2021 09:00 to 15 October 17:00 in Bishkek; the first instant is still the 11th in UTC.
    const [from, to] = [new Date("2021-10-12T03:00:00Z"), new Date("2021-10-15T11:00:00Z")];
    const short = (locale: "en" | "fr" | "es" | "ru" | "ar") =>
      formatDateRange(from, to, "Asia/Bishkek", locale, { short: true });
    expect(short("en")).toBe("12–15 Oct 2021");
    expect(short("fr")).toBe("12–15 oct. 2021");
    expect(short("es")).toBe("12–15 oct 2021");
    expect(short("ru")).toBe("12–15 окт. 2021\u202fг.");
    expect(short("ar")).toBe("12–15 أكتوبر 2021");
    // The long form stays as the key facts write it.
    expect(formatDateRange(from, to, "Asia/Bishkek", "en")).toBe("12–15 October 2021");
  });
});

describe("a meeting's hours", () => {
  it("are written in the venue's zone, and in any other zone asked for", () => {
    expect(formatHours(start, end, "Asia/Dubai", "en")).toEqual({ start: "10:00", end: "14:00", acrossDays: false });
    expect(formatHours(start, end, "America/New_York", "en")).toEqual({
      start: "02:00",
      end: "06:00",
      acrossDays: false,
    });
    // In Arabic too, 24-hour and Latin digits (intl-locale.ts), never "ص"/"م".
    expect(formatHours(start, end, "Asia/Dubai", "ar")).toEqual({ start: "10:00", end: "14:00", acrossDays: false });
    // A meeting over several days: its start on the first day, its end on the last.
    const days = formatHours(new Date("2021-10-12T03:00:00Z"), new Date("2021-10-15T11:00:00Z"), "Asia/Bishkek", "en");
    expect(days).toEqual({ start: "09:00", end: "17:00", acrossDays: true });
    // Ending at midnight is still the same day.
    expect(formatHours(new Date("2026-09-08T16:00:00Z"), new Date("2026-09-08T20:00:00Z"), "Asia/Dubai", "en")).toEqual(
      { start: "20:00", end: "00:00", acrossDays: false },
    );
  });

  it("go into JSON-LD as the venue's wall-clock time with its offset", () => {
    expect(isoDateTimeInZone(start, "Asia/Dubai")).toBe("2026-09-08T10:00:00+04:00");
    expect(isoDateTimeInZone(start, "UTC")).toBe("2026-09-08T06:00:00+00:00");
    expect(isoDateTimeInZone(new Date("2026-01-15T12:30:00Z"), "America/St_Johns")).toBe("2026-01-15T09:00:00-03:30");
    expect(isoDateTimeInZone(new Date("2026-07-15T12:00:00Z"), "Europe/Brussels")).toBe("2026-07-15T14:00:00+02:00");
  });
});

describe("the zone a visitor asks for (?tz=)", () => {
  it("is one of a bounded set of canonical names, nothing else", () => {
    expect(canonicalTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    for (const junk of ["europe/paris", "Europe/Paris ", "Mars/Olympus", "", "../etc", ["Europe/Paris"], undefined, 3])
      expect(canonicalTimeZone(junk)).toBeNull();
  });
});

describe("the join link", () => {
  const meeting = {
    format: "VIRTUAL",
    joinUrl: "https://meet.example.org/x",
    joinUrlFromStartDay: true,
    startsAt: start,
    timeZone: "Asia/Dubai",
  };
  it("is kept back until the first day at the venue when staff choose, and never shown for an in-person meeting", () => {
    // 7 September, 23:59 in Dubai: not yet; 8 September 00:00 in Dubai (7 September 20:00 UTC): public.
    expect(joinLink(meeting, new Date("2026-09-07T19:59:00Z"))).toEqual({ url: null, later: true });
    expect(joinLink(meeting, new Date("2026-09-07T20:00:00Z"))).toEqual({ url: meeting.joinUrl, later: false });
    expect(joinLink({ ...meeting, joinUrlFromStartDay: false }, new Date("2026-01-01T00:00:00Z"))?.url).toBe(
      meeting.joinUrl,
    );
    expect(joinLink({ ...meeting, format: "IN_PERSON" }, end)).toBeNull();
    expect(joinLink({ ...meeting, joinUrl: "" }, end)).toBeNull();
  });
});

describe("the agenda's calendar", () => {
  it("has one event per item, in UTC, an item without an end lasting no time", () => {
    const text = agendaToIcs(
      [
        {
          id: "a",
          title: "Opening",
          description: "",
          startsAt: start,
          endsAt: end,
          location: "Hall",
          url: "https://x.test/m#agenda",
          updatedAt: start,
        },
        {
          id: "b",
          title: "Coffee; talk",
          description: "Two, three",
          startsAt: end,
          endsAt: null,
          location: "",
          url: "https://x.test/m#agenda",
          updatedAt: start,
        },
      ],
      { calendarName: "Portal — Meeting", host: "x.test" },
    );
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain("UID:agenda-item-a@x.test");
    expect(text).toContain("DTSTART:20260908T060000Z");
    expect(text).toContain("DTEND:20260908T100000Z");
    expect(text).toContain("SUMMARY:Coffee\\; talk");
    expect(agendaToIcs([], { calendarName: "Empty", host: "x.test" })).toContain("BEGIN:VCALENDAR");
  });
});
