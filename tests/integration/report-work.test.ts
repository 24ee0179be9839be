// The reporting loop on the dashboards (issue 21, items 1, 3 and 4): "reports
// due" clears once the public plan shows an activity as done (the staff's
// status or an accepted report); the centre sees its reports submitted,
// returned (with the comment) and accepted; "returned to you" holds only the
// user's own reports; the review list names the centre and the person.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listReportWork } from "@/lib/data/plans/list-report-work";
import { createEuropePlan } from "../support/plan-fixtures";
import { demoUsers, otherRegionStaff } from "../support/test-users";
import type { SessionUser } from "@/lib/data/users/find-session-user";

const past = { plannedStart: new Date("2025-01-01"), plannedEnd: new Date("2025-06-30") };

async function pastActivity() {
  const fixture = await createEuropePlan();
  await prisma.activity.update({
    where: { id: fixture.activity.id },
    data: { ...past, status: "IN_PROGRESS", statusChangedAt: new Date("2025-01-02") },
  });
  return fixture;
}

async function report(activityId: string, status: "SUBMITTED" | "RETURNED" | "ACCEPTED", extra = {}) {
  return prisma.progressReport.create({
    data: {
      activityId,
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2025-03-31"),
      reportedStatus: "IN_PROGRESS",
      status,
      reviewedAt: status === "SUBMITTED" ? null : new Date("2025-04-10"),
      ...extra,
    },
  });
}

describe("the dashboards' report lists", () => {
  let admin: SessionUser;
  let staffEurope: SessionUser;
  let rtcBishkek: SessionUser;
  beforeAll(async () => {
    ({ admin, staffEurope, rtcBishkek } = await demoUsers());
  });

  it("leaves out of 'reports due' an activity an accepted report finished, and keeps one still in progress", async () => {
    const done = await pastActivity();
    const accepted = await report(done.activity.id, "ACCEPTED", { reportedStatus: "DONE" });
    const going = await pastActivity();
    await report(going.activity.id, "ACCEPTED");
    const work = await listReportWork({ actor: rtcBishkek, locale: "en" });
    const due = work.due.map((a) => a.id);
    expect(due).not.toContain(done.activity.id);
    expect(due).toContain(going.activity.id);
    expect(work.accepted.map((r) => r.id)).toContain(accepted.id);
  });

  it("leaves out an activity the staff marked done", async () => {
    const { activity } = await pastActivity();
    await prisma.activity.update({ where: { id: activity.id }, data: { status: "DONE", statusChangedAt: new Date() } });
    const work = await listReportWork({ actor: rtcBishkek, locale: "en" });
    expect(work.due.map((a) => a.id)).not.toContain(activity.id);
  });

  it("shows the centre its submitted and returned reports, and the administrator only their own", async () => {
    const { activity } = await pastActivity();
    const returned = await report(activity.id, "RETURNED", {
      submittedById: rtcBishkek.id,
      reviewComment: "Please add the attendance sheets.",
    });
    const other = await pastActivity();
    const waiting = await report(other.activity.id, "SUBMITTED", { submittedById: rtcBishkek.id });

    const rtc = await listReportWork({ actor: rtcBishkek, locale: "en" });
    const back = rtc.returned.find((r) => r.id === returned.id);
    expect(back?.comment).toBe("Please add the attendance sheets.");
    expect(rtc.submitted.map((r) => r.id)).toContain(waiting.id);
    expect(rtc.due.map((a) => a.id)).not.toContain(activity.id);

    const adminWork = await listReportWork({ actor: admin, locale: "en" });
    expect(adminWork.returned.map((r) => r.id)).not.toContain(returned.id);
    expect(adminWork.submitted.map((r) => r.id)).not.toContain(waiting.id);

    // The ROCB's review list names the centre and the person, not the city.
    const europe = await listReportWork({ actor: staffEurope, locale: "en" });
    const toReview = europe.toReview.find((r) => r.id === waiting.id);
    expect(toReview?.centre).toMatch(/Bishkek/);
    expect(toReview?.centre).not.toBe("Bishkek");
    expect(toReview?.person).toBe(rtcBishkek.name);
  });

  // Deadlines: a report due within 14 days or overdue is flagged on the
  // centre's dashboard and listed, with its centre, on its region's ROCB's.
  it("flags reports due within 14 days or overdue, for the centre and its region's ROCB only", async () => {
    const DAY = 86_400_000;
    const today = new Date(new Date().toISOString().slice(0, 10));
    const ending = async (inDays: number) => {
      const { activity } = await createEuropePlan();
      await prisma.activity.update({
        where: { id: activity.id },
        data: {
          plannedStart: new Date(today.getTime() - 30 * DAY),
          plannedEnd: new Date(today.getTime() + inDays * DAY),
        },
      });
      return activity.id;
    };
    const [soon, late, later] = [await ending(5), await ending(-3), await ending(40)];
    const rtc = await listReportWork({ actor: rtcBishkek, locale: "en" });
    const flagOf = (id: string) => rtc.due.find((a) => a.id === id)?.deadline;
    expect(flagOf(soon)).toEqual({ state: "due", days: 5 });
    expect(flagOf(late)).toEqual({ state: "overdue", days: 3 });
    expect(rtc.due.map((a) => a.id)).toContain(later);
    expect(flagOf(later)).toBeNull();
    expect(rtc.deadlines).toEqual([]);

    const europe = await listReportWork({ actor: staffEurope, locale: "en" });
    const listed = europe.deadlines.filter((a) => [soon, late, later].includes(a.id));
    expect(listed.map((a) => [a.id, a.deadline])).toEqual([
      [late, { state: "overdue", days: 3 }],
      [soon, { state: "due", days: 5 }],
    ]);
    expect(listed[0].centre).toMatch(/Bishkek/);
    const asia = await listReportWork({ actor: await otherRegionStaff(), locale: "en" });
    expect(asia.deadlines.map((a) => a.id)).not.toContain(soon);
  });
});
