import { describe, expect, it } from "vitest";
import { daysUntil, deadlineFlag, flaggedUntil } from "@/lib/content/deadlines";

// Issue 21: a report due within 14 days, or overdue, is flagged on the dashboards.
describe("report deadlines", () => {
  const now = new Date("2026-03-10T22:30:00Z");

  it("counts whole calendar days, whatever the hour", () => {
    expect(daysUntil(new Date("2026-03-10"), now)).toBe(0);
    expect(daysUntil(new Date("2026-03-11"), now)).toBe(1);
    expect(daysUntil(new Date("2026-03-08"), now)).toBe(-2);
  });

  it("flags a deadline within 14 days as due, a past one as overdue, and not one further away", () => {
    expect(deadlineFlag(new Date("2026-03-10"), now)).toEqual({ state: "due", days: 0 });
    expect(deadlineFlag(new Date("2026-03-24"), now)).toEqual({ state: "due", days: 14 });
    expect(deadlineFlag(new Date("2026-03-25"), now)).toBeNull();
    expect(deadlineFlag(new Date("2026-03-09"), now)).toEqual({ state: "overdue", days: 1 });
  });

  it("flags up to the date 14 days ahead", () => {
    expect(flaggedUntil(now).toISOString()).toBe("2026-03-24T00:00:00.000Z");
  });
});
