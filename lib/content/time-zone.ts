// Wall-clock date and time at a venue ↔ UTC instants, with the runtime's
// time-zone database (Intl): staff type the times of the meeting's own zone.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const zoneCache = new Map<string, boolean>();

/** An IANA zone the runtime knows (aliases such as Europe/Kiev included). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
  const known = zoneCache.get(timeZone);
  if (known !== undefined) return known;
  let ok = true;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    ok = false;
  }
  zoneCache.set(timeZone, ok);
  return ok;
}

/** The zones offered in time-zone selects, with UTC first. */
export function listTimeZones(extra: string[] = []): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  for (const zone of extra) if (isValidTimeZone(zone)) zones.add(zone);
  return [...zones].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
}

/** The wall-clock date and time in `timeZone` at `instant` (ms since the epoch). */
export function wallClock(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** A wall-clock time in `timeZone` (as if it were UTC, in ms) → the real UTC instant. */
export function wallClockToUtc(wall: number, timeZone: string): Date {
  // A second pass corrects the guess when a DST change lies between the two offsets.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

function offsetAt(instant: number, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** "2021-10-12" + "09:00" in Asia/Bishkek → the UTC instant; null when a part is not valid. */
export function zonedToUtc(date: string, time: string, timeZone: string): Date | null {
  const d = DATE.exec(date ?? "");
  const t = TIME.exec(time ?? "");
  if (!d || !t || !isValidTimeZone(timeZone)) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return wallClockToUtc(Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2])), timeZone);
}

/** A UTC instant as the date and time shown at the venue. */
export function utcToZoned(instant: Date, timeZone: string): { date: string; time: string } {
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const p = wallClock(instant.getTime(), zone);
  const pad = (n: number, size = 2) => String(n).padStart(size, "0");
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "2021-10-12T09:00" (a datetime-local value) in the zone → UTC; empty → null; bad → undefined. */
export function localDateTimeToUtc(value: string, timeZone: string): Date | null | undefined {
  if (!value) return null;
  const [date, time] = value.split("T");
  return zonedToUtc(date ?? "", (time ?? "").slice(0, 5), timeZone) ?? undefined;
}

export function utcToLocalDateTime(instant: Date | null | undefined, timeZone: string): string {
  if (!instant) return "";
  const { date, time } = utcToZoned(instant, timeZone);
  return `${date}T${time}`;
}

let canonicalZones: Set<string> | null = null;

/**
 * A zone a visitor may ask for by name (`?tz=`): exactly one of the runtime's
 * canonical IDs or UTC, never an alias or another spelling, so a page that
 * takes it has a bounded set of answers; null for anything else.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== "string") return null;
  canonicalZones ??= new Set(listTimeZones());
  return canonicalZones.has(value) ? value : null;
}
