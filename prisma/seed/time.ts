// Turns venue wall-clock times into UTC instants with the runtime's time-zone
// database (Intl), so the seed needs no date library.
import { wallClock as wallClockParts, wallClockToUtc } from "../../lib/content/time-zone";
import type { DateOnly, InstantSeed, LocalDateTime, ScheduleSeed } from "./data/types";

type Day = { year: number; month: number; day: number };

const DAY_MS = 24 * 60 * 60 * 1000;

function fromWallClock(day: Day, hour: number, minute: number, timeZone: string): Date {
  return wallClockToUtc(Date.UTC(day.year, day.month - 1, day.day, hour, minute), timeZone);
}

function parseTime(time: string): [number, number] {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Seed data: bad time "${time}" (expected HH:MM)`);
  return [Number(match[1]), Number(match[2])];
}

/** "2021-10-12T09:00" at the venue → UTC instant. */
export function localToUtc(local: LocalDateTime, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!match) throw new Error(`Seed data: bad local time "${local}" (expected YYYY-MM-DDTHH:MM)`);
  const [hour, minute] = parseTime(match[4]);
  return fromWallClock(
    { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
    hour,
    minute,
    timeZone,
  );
}

/** A calendar date for @db.Date columns (stored as midnight UTC). */
export function dateOnly(value: DateOnly): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Seed data: bad date "${value}" (expected YYYY-MM-DD)`);
  return new Date(`${value}T00:00:00.000Z`);
}

export function resolveInstant(value: InstantSeed, now: Date): Date {
  return typeof value === "string" ? new Date(value) : new Date(now.getTime() - value.daysAgo * DAY_MS);
}

function shiftDay(day: Day, months: number, days: number): Day {
  const shifted = new Date(Date.UTC(day.year, day.month - 1 + months, day.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Start and end instants of a meeting; relative schedules count whole days from today at the venue. */
export function resolveSchedule(schedule: ScheduleSeed, timeZone: string, now: Date): { startsAt: Date; endsAt: Date } {
  if ("starts" in schedule) {
    return { startsAt: localToUtc(schedule.starts, timeZone), endsAt: localToUtc(schedule.ends, timeZone) };
  }
  const today = wallClockParts(now.getTime(), timeZone);
  const first = shiftDay(today, schedule.inMonths ?? 0, schedule.inDays ?? 0);
  const last = shiftDay(first, 0, Math.max(schedule.lengthDays, 1) - 1);
  const [startHour, startMinute] = parseTime(schedule.startTime ?? "09:00");
  const [endHour, endMinute] = parseTime(schedule.endTime ?? "17:00");
  return {
    startsAt: fromWallClock(first, startHour, startMinute, timeZone),
    endsAt: fromWallClock(last, endHour, endMinute, timeZone),
  };
}
