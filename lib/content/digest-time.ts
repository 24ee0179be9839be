// When a daily or weekly alert digest goes out: the next `hour`:00 of the
// portal's time zone after `now` (weekly: on a Monday). Pure, so the tests can
// check it across summer time.

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant when the wall clock of `timeZone` shows `hour`:00 on the calendar day of `dayUtc`. */
function atLocalHour(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const guess = Date.UTC(year, month, day, hour);
  const first = guess - zoneOffsetMs(guess, timeZone);
  return guess - zoneOffsetMs(first, timeZone);
}

export function nextDigestAt(now: Date, frequency: "DAILY" | "WEEKLY", hour: number, timeZone: string): Date {
  const local = new Date(now.getTime() + zoneOffsetMs(now.getTime(), timeZone));
  for (let days = 0; days <= 8; days++) {
    const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days));
    if (frequency === "WEEKLY" && day.getUTCDay() !== 1) continue;
    const at = atLocalHour(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, timeZone);
    if (at > now.getTime()) return new Date(at);
  }
  throw new Error("unreachable: a Monday comes within 8 days");
}

/** Midnight of `now`'s calendar day in `timeZone` (the dashboard's "sent today"). */
export function startOfLocalDay(now: Date, timeZone: string): Date {
  const local = new Date(now.getTime() + zoneOffsetMs(now.getTime(), timeZone));
  return new Date(atLocalHour(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 0, timeZone));
}
