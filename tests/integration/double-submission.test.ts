// Issue 18, item 5: double submission. "New plan" and "new report" carry the
// one-time form token the other create forms use: the same form sent twice,
// or five times at the same moment, creates one record (the database decides:
// the token's primary key). Plans created at the same moment with the same
// title each get their own slug instead of "Something went wrong".
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createPlanAction, submitReportAction } from "@/lib/actions/plans";
import { newFormToken } from "@/lib/data/create-once";
import { formDataOf } from "../support/form-data";
import { uniqueSuffix } from "../support/meeting-fixtures";
import { createEuropePlan } from "../support/plan-fixtures";
import { submitCreate } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;

beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => setTestUser(null));

async function planForm(title: string, formToken: string) {
  const region = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
  return formDataOf({
    regionId: region.id,
    periodStart: "2028-01-01",
    periodEnd: "2028-12-31",
    status: "DRAFT",
    "t.en.title": title,
    formToken,
  });
}

describe("a new plan sent twice", () => {
  it("creates one plan and opens it both times", async () => {
    setTestUser(users.staffEurope);
    const title = `Twice sent plan ${uniqueSuffix()}`;
    const token = newFormToken();
    const first = await submitCreate(createPlanAction(null, await planForm(title, token)));
    const second = await submitCreate(createPlanAction(null, await planForm(title, token)));
    expect(first).toMatchObject({ redirected: true });
    expect(second).toMatchObject({ redirected: true, id: (first as { id: string }).id });
    expect(await prisma.actionPlan.count({ where: { translations: { some: { title } } } })).toBe(1);
  });

  it("sent three times at once with the same token, still creates one plan", async () => {
    setTestUser(users.staffEurope);
    const title = `Raced token plan ${uniqueSuffix()}`;
    const token = newFormToken();
    const outcomes = await Promise.all(
      [1, 2, 3].map(async () => submitCreate(createPlanAction(null, await planForm(title, token)))),
    );
    expect(outcomes.every((o) => o.redirected)).toBe(true);
    expect(new Set(outcomes.map((o) => (o as { id: string }).id)).size).toBe(1);
    expect(await prisma.actionPlan.count({ where: { translations: { some: { title } } } })).toBe(1);
  });
});

describe("plans created at the same moment with the same title", () => {
  it("all succeed, each with its own slug", async () => {
    setTestUser(users.staffEurope);
    const title = `Concurrent plan ${uniqueSuffix()}`;
    const outcomes = await Promise.all(
      [1, 2, 3].map(async () => submitCreate(createPlanAction(null, await planForm(title, newFormToken())))),
    );
    expect(outcomes.map((o) => o.redirected)).toEqual([true, true, true]);
    const plans = await prisma.actionPlan.findMany({ where: { translations: { some: { title } } } });
    expect(plans).toHaveLength(3);
    expect(new Set(plans.map((p) => p.slug)).size).toBe(3);
  });
});

describe("a report sent five times at once", () => {
  it("submits one report", async () => {
    const { activity, indicators } = await createEuropePlan();
    setTestUser(users.rtcBishkek);
    const token = newFormToken();
    const form = () =>
      formDataOf({
        activityId: activity.id,
        formToken: token,
        periodStart: "2027-02-01",
        periodEnd: "2027-04-30",
        reportedStatus: "IN_PROGRESS",
        [`value.${indicators[0].id}`]: "3",
        "t.en.narrative": "Three courses were held.",
      });
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map(() => submitCreate(submitReportAction(null, form()))));
    expect(outcomes.every((o) => o.redirected)).toBe(true);
    expect(new Set(outcomes.map((o) => (o as { location: string }).location)).size).toBe(1);
    expect(await prisma.progressReport.count({ where: { activityId: activity.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "report.submit", actorId: users.rtcBishkek.id } })).toBe(1);
  });
});
