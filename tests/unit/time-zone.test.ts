import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/content/slug";
import {
  isValidTimeZone,
  listTimeZones,
  localDateTimeToUtc,
  utcToLocalDateTime,
  utcToZoned,
  zonedToUtc,
} from "@/lib/content/time-zone";

describe("venue times", () => {
  it("turns a wall-clock time at the venue into UTC and back", () => {
    expect(zonedToUtc("2021-10-12", "09:00", "Asia/Bishkek")?.toISOString()).toBe("2021-10-12T03:00:00.000Z");
    expect(utcToZoned(new Date("2021-10-12T03:00:00Z"), "Asia/Bishkek")).toEqual({ date: "2021-10-12", time: "09:00" });
    expect(zonedToUtc("2011-05-09", "09:30", "Europe/Brussels")?.toISOString()).toBe("2011-05-09T07:30:00.000Z");
    expect(zonedToUtc("2011-01-10", "09:30", "Europe/Brussels")?.toISOString()).toBe("2011-01-10T08:30:00.000Z");
  });

  it("handles the days daylight saving time changes", () => {
    // Brussels moved from +1 to +2 at 02:00 on 27 March 2011.
    expect(zonedToUtc("2011-03-27", "12:00", "Europe/Brussels")?.toISOString()).toBe("2011-03-27T10:00:00.000Z");
    expect(zonedToUtc("2011-10-30", "12:00", "Europe/Brussels")?.toISOString()).toBe("2011-10-30T11:00:00.000Z");
    const local = "2024-11-03T09:15";
    expect(utcToLocalDateTime(localDateTimeToUtc(local, "America/New_York"), "America/New_York")).toBe(local);
  });

  it("refuses impossible dates, times and zones", () => {
    expect(zonedToUtc("2027-02-30", "10:00", "UTC")).toBeNull();
    expect(zonedToUtc("2027-02-10", "24:00", "UTC")).toBeNull();
    expect(zonedToUtc("10/02/2027", "10:00", "UTC")).toBeNull();
    expect(zonedToUtc("2027-02-10", "10:00", "Mars/Olympus")).toBeNull();
    expect(localDateTimeToUtc("", "UTC")).toBeNull();
    expect(localDateTimeToUtc("2027-13-01T10:00", "UTC")).toBeUndefined();
    expect(isValidTimeZone("Asia/Bishkek")).toBe(true);
    expect(isValidTimeZone("Europe/Kiev")).toBe(true);
    expect(isValidTimeZone("'; drop table")).toBe(false);
  });

  it("offers UTC first, then every zone in order, and keeps a meeting's own zone", () => {
    const zones = listTimeZones(["Europe/Kiev"]);
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Asia/Bishkek");
    expect(zones).toContain("Europe/Kiev");
    expect(new Set(zones).size).toBe(zones.length);
  });
});

describe("slugs", () => {
  it("makes readable ASCII addresses from titles", () => {
    expect(slugify("11th Meeting of the Regional Structures — Bishkek!")).toBe(
      "11th-meeting-of-the-regional-structures-bishkek",
    );
    expect(slugify("Réunion à Genève")).toBe("reunion-a-geneve");
    expect(slugify("Совещание")).toBe("");
    expect(slugify("a".repeat(200)).length).toBe(120);
  });
});
