import { describe, expect, it } from "vitest";
import { nextDigestAt, startOfLocalDay } from "@/lib/content/digest-time";

// Digests leave at a fixed hour of the portal's time zone, summer or winter.
describe("nextDigestAt", () => {
  it("is today's hour when it is still ahead, else tomorrow's (winter, Brussels GMT+1)", () => {
    expect(nextDigestAt(new Date("2026-12-07T05:00:00Z"), "DAILY", 8, "Europe/Brussels").toISOString()).toBe(
      "2026-12-07T07:00:00.000Z",
    );
    expect(nextDigestAt(new Date("2026-12-07T07:30:00Z"), "DAILY", 8, "Europe/Brussels").toISOString()).toBe(
      "2026-12-08T07:00:00.000Z",
    );
  });

  it("follows summer time (Brussels GMT+2)", () => {
    expect(nextDigestAt(new Date("2026-07-01T07:30:00Z"), "DAILY", 8, "Europe/Brussels").toISOString()).toBe(
      "2026-07-02T06:00:00.000Z",
    );
  });

  it("sends weekly digests on the next Monday", () => {
    expect(nextDigestAt(new Date("2026-12-08T07:30:00Z"), "WEEKLY", 8, "Europe/Brussels").toISOString()).toBe(
      "2026-12-14T07:00:00.000Z",
    );
  });

  it("counts the day in the portal's zone, not in UTC", () => {
    // 08:30 on 8 December in Tokyo: the next 08:00 there is on the 9th.
    expect(nextDigestAt(new Date("2026-12-07T23:30:00Z"), "DAILY", 8, "Asia/Tokyo").toISOString()).toBe(
      "2026-12-08T23:00:00.000Z",
    );
  });
});

describe("startOfLocalDay", () => {
  it("is midnight of the portal's day, which may start the day before in UTC", () => {
    expect(startOfLocalDay(new Date("2026-12-07T10:00:00Z"), "Europe/Brussels").toISOString()).toBe(
      "2026-12-06T23:00:00.000Z",
    );
    // 23:30 UTC is already the next day in Brussels.
    expect(startOfLocalDay(new Date("2026-12-07T23:30:00Z"), "Europe/Brussels").toISOString()).toBe(
      "2026-12-07T23:00:00.000Z",
    );
    expect(startOfLocalDay(new Date("2026-07-01T12:00:00Z"), "Europe/Brussels").toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
  });
});
