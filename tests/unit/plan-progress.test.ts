import { describe, expect, it } from "vitest";
import {
  activityProgress,
  barShare,
  planProgress,
  type ActivityInput,
  type ReportInput,
} from "@/lib/content/plan-progress";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function activity(id: string, structure: string, overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id,
    responsibleStructureId: structure,
    status: "PLANNED",
    statusChangedAt: d("2021-11-01"),
    indicators: [{ id: `${id}-i`, target: 4 }],
    reports: [],
    ...overrides,
  };
}

const report = (overrides: Partial<ReportInput>): ReportInput => ({
  status: "ACCEPTED",
  reviewedAt: d("2022-03-01"),
  reportedStatus: "IN_PROGRESS",
  values: [],
  ...overrides,
});

describe("plan progress", () => {
  it("a plan with no reports: every activity as staff set it, nothing accepted, completion 0", () => {
    const plan = planProgress([activity("a", "baku"), activity("b", "baku"), activity("c", "astana")]);
    expect(plan.overall).toMatchObject({ total: 3, counted: 3, done: 0, completion: 0 });
    expect(plan.byStructure.map((s) => s.structureId)).toEqual(["baku", "astana"]);
    expect(plan.activities.every((a) => a.indicators[0].accepted === 0 && a.indicators[0].ratio === 0)).toBe(true);
  });

  it("an empty plan has no completion figure", () => {
    expect(planProgress([]).overall).toMatchObject({ total: 0, completion: null });
  });

  it("a cancelled activity counts neither as done nor as still to do", () => {
    const plan = planProgress([
      activity("a", "baku", { reports: [report({ reportedStatus: "DONE" })] }),
      activity("b", "baku", { status: "CANCELLED" }),
    ]);
    expect(plan.overall).toMatchObject({ total: 2, counted: 1, done: 1, completion: 1 });
    expect(plan.overall.byStatus.CANCELLED).toBe(1);
    const onlyCancelled = planProgress([activity("c", "moscow", { status: "CANCELLED" })]);
    expect(onlyCancelled.overall.completion).toBeNull();
  });

  it("only accepted reports count: submitted and returned ones change nothing", () => {
    const a = activity("a", "bishkek", {
      reports: [
        report({
          status: "SUBMITTED",
          reviewedAt: null,
          reportedStatus: "DONE",
          values: [{ indicatorId: "a-i", value: 4 }],
        }),
        report({
          status: "RETURNED",
          reviewedAt: d("2022-02-01"),
          reportedStatus: "DONE",
          values: [{ indicatorId: "a-i", value: 3 }],
        }),
      ],
    });
    const progress = activityProgress(a);
    expect(progress.status).toBe("PLANNED");
    expect(progress.indicators[0].accepted).toBe(0);
  });

  it("an indicator over its target: the value and ratio say so, the bar is full", () => {
    const a = activity("a", "moscow", {
      indicators: [{ id: "a-i", target: 120 }],
      reports: [
        report({ values: [{ indicatorId: "a-i", value: 90 }] }),
        report({ reviewedAt: d("2022-06-01"), values: [{ indicatorId: "a-i", value: 60 }] }),
      ],
    });
    const [indicator] = activityProgress(a).indicators;
    expect(indicator).toMatchObject({ accepted: 150, target: 120, overTarget: true });
    expect(indicator.ratio).toBeCloseTo(1.25);
    expect(barShare(indicator.ratio)).toBe(1);
    expect(barShare(0.5)).toBe(0.5);
    expect(barShare(null)).toBe(0);
  });

  it("a target of zero has no ratio", () => {
    const [indicator] = activityProgress(activity("a", "x", { indicators: [{ id: "a-i", target: 0 }] })).indicators;
    expect(indicator.ratio).toBeNull();
  });

  it("the latest of staff's status and the accepted reports wins", () => {
    const reported = activity("a", "x", { reports: [report({ reportedStatus: "DONE", reviewedAt: d("2022-03-01") })] });
    expect(activityProgress(reported).status).toBe("DONE");
    const postponedLater = { ...reported, status: "POSTPONED" as const, statusChangedAt: d("2022-04-01") };
    expect(activityProgress(postponedLater).status).toBe("POSTPONED");
  });

  it("as of a date: only what was accepted by then, and staff changes made by then", () => {
    const a = activity("a", "x", {
      statusChangedAt: d("2022-09-01"),
      status: "CANCELLED",
      actualStart: d("2022-01-10"),
      reports: [
        report({
          reviewedAt: d("2022-03-01"),
          reportedStatus: "IN_PROGRESS",
          values: [{ indicatorId: "a-i", value: 2 }],
        }),
        report({
          reviewedAt: d("2022-07-01"),
          reportedStatus: "DONE",
          actualEnd: d("2022-06-20"),
          values: [{ indicatorId: "a-i", value: 2 }],
        }),
      ],
    });
    expect(activityProgress(a, d("2022-01-01"))).toMatchObject({
      status: "PLANNED",
      actualStart: null,
      actualEnd: null,
    });
    expect(activityProgress(a, d("2022-05-01"))).toMatchObject({
      status: "IN_PROGRESS",
      actualStart: d("2022-01-10"),
      actualEnd: null,
    });
    expect(activityProgress(a, d("2022-05-01")).indicators[0].accepted).toBe(2);
    expect(activityProgress(a, d("2022-08-01"))).toMatchObject({ status: "DONE", actualEnd: d("2022-06-20") });
    expect(activityProgress(a, d("2022-10-01")).status).toBe("CANCELLED");
  });

  it("completion per structure", () => {
    const plan = planProgress([
      activity("a", "baku", { status: "DONE" }),
      activity("b", "baku"),
      activity("c", "astana", { status: "DONE" }),
    ]);
    expect(plan.byStructure).toEqual([
      expect.objectContaining({
        structureId: "baku",
        summary: expect.objectContaining({ done: 1, counted: 2, completion: 0.5 }),
      }),
      expect.objectContaining({ structureId: "astana", summary: expect.objectContaining({ done: 1, completion: 1 }) }),
    ]);
  });
});
