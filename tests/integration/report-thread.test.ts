// A report's review thread (issue 21, item 3): returned with a comment, sent
// again, accepted with another comment: every step is kept, dated, with its
// author and comment (accepting used to erase the return comment), and the
// reviewer is sent back to the report told what happened. The report form's
// context: the plan, what was already accepted per indicator, and a period
// within the activity's dates.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { reviewReportAction, submitReportAction, updateReportAction } from "@/lib/actions/plans";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { newFormToken } from "@/lib/data/create-once";
import { defaultReportPeriod, findReportableActivity, findReportForStaff } from "@/lib/data/plans/list-report-work";
import { formDataOf } from "../support/form-data";
import { createEuropePlan } from "../support/plan-fixtures";
import { createdId, submitCreate } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;
beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => setTestUser(null));

const version = async (id: string) => (await prisma.progressReport.findUniqueOrThrow({ where: { id } })).version;

describe("the review thread", () => {
  it("keeps the return comment after the report is sent again and accepted", async () => {
    const { activity, indicators } = await createEuropePlan();
    const fields = {
      periodStart: "2027-02-01",
      periodEnd: "2027-03-31",
      reportedStatus: "IN_PROGRESS",
      [`value.${indicators[0].id}`]: "2",
      "t.en.narrative": "Two sessions of the course were held in Bishkek.",
    };
    setTestUser(users.rtcBishkek);
    const id = await createdId(
      submitReportAction(null, formDataOf({ activityId: activity.id, formToken: newFormToken(), ...fields })),
    );

    setTestUser(users.staffEurope);
    const returned = await submitCreate(
      reviewReportAction(
        null,
        formDataOf({ reportId: id, version: await version(id), decision: "return", comment: "Name both venues." }),
      ),
    );
    expect(returned).toMatchObject({ redirected: true, location: `/en/staff/reports/${id}?reviewed=return` });

    setTestUser(users.rtcBishkek);
    expect(
      await updateReportAction(
        null,
        formDataOf({ reportId: id, version: await version(id), ...fields, "t.en.narrative": "Bishkek and Osh." }),
      ),
    ).toMatchObject({ ok: true });

    setTestUser(users.staffEurope);
    const accepted = await submitCreate(
      reviewReportAction(
        null,
        formDataOf({ reportId: id, version: await version(id), decision: "accept", comment: "Thank you." }),
      ),
    );
    expect(accepted).toMatchObject({ redirected: true, location: `/en/staff/reports/${id}?reviewed=accept` });

    const report = await findReportForStaff({ actor: users.rtcBishkek, id, locale: "en" });
    if (!report || report === "forbidden") throw new Error("the centre cannot read its report");
    expect(report.events.map((e) => [e.kind, e.comment, e.actor?.name])).toEqual([
      ["SUBMITTED", "", users.rtcBishkek.name],
      ["RETURNED", "Name both venues.", users.staffEurope.name],
      ["RESUBMITTED", "", users.rtcBishkek.name],
      ["ACCEPTED", "Thank you.", users.staffEurope.name],
    ]);

    // The audit log names the report and the ids its values refer to.
    const log = await listAuditEntries({ actor: users.admin, filters: { page: 1, record: id }, locale: "en" });
    expect(log.items.map((e) => e.action)).toEqual([
      "report.accept",
      "report.update",
      "report.return",
      "report.submit",
    ]);
    for (const entry of log.items) {
      expect(entry.record?.name).toMatch(/^Test course on risk management, /);
      expect(entry.names[indicators[0].id]).toBe("Courses delivered");
      expect(entry.names[activity.id]).toBe("Test course on risk management");
    }
  });
});

describe("the report form's context", () => {
  it("shows the plan and the sum accepted per indicator", async () => {
    const { activity, indicators, plan } = await createEuropePlan();
    for (const value of [2, 1.5])
      await prisma.progressReport.create({
        data: {
          activityId: activity.id,
          periodStart: new Date("2027-02-01"),
          periodEnd: new Date("2027-03-31"),
          reportedStatus: "IN_PROGRESS",
          status: "ACCEPTED",
          values: { create: [{ indicatorId: indicators[0].id, value }] },
        },
      });
    await prisma.progressReport.create({
      data: {
        activityId: activity.id,
        periodStart: new Date("2027-04-01"),
        periodEnd: new Date("2027-04-30"),
        reportedStatus: "IN_PROGRESS",
        values: { create: [{ indicatorId: indicators[0].id, value: 100 }] },
      },
    });
    const form = await findReportableActivity({ actor: users.rtcBishkek, id: activity.id, locale: "en" });
    expect(form?.plan.title).toBe(`Test plan ${plan.slug.replace("test-plan-", "")}`);
    expect(form?.indicators.map((i) => i.accepted)).toEqual([3.5, 0]);
    expect(form?.lastAcceptedEnd).toEqual(new Date("2027-03-31"));
  });

  it("starts the period within the activity's dates, after the last accepted report", () => {
    const activity = { plannedStart: new Date("2022-03-01"), plannedEnd: new Date("2022-09-30") };
    const today = new Date("2026-12-07");
    expect(defaultReportPeriod({ ...activity, lastAcceptedEnd: null }, today)).toEqual({
      periodStart: new Date("2022-03-01"),
      periodEnd: new Date("2022-09-30"),
    });
    expect(defaultReportPeriod({ ...activity, lastAcceptedEnd: new Date("2022-05-31") }, today)).toEqual({
      periodStart: new Date("2022-06-01"),
      periodEnd: new Date("2022-09-30"),
    });
    // A running activity: up to today.
    expect(
      defaultReportPeriod(
        { plannedStart: new Date("2026-11-01"), plannedEnd: new Date("2027-03-31"), lastAcceptedEnd: null },
        today,
      ),
    ).toEqual({ periodStart: new Date("2026-11-01"), periodEnd: today });
  });
});
