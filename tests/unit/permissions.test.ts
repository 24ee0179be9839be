import { describe, expect, it } from "vitest";
import {
  can,
  citySuggestionWhere,
  decisionWhere,
  meetingWhere,
  newsWhere,
  organizationWhere,
  reportWhere,
  staffAreas,
  structureWhere,
  type Actor,
  type MeetingAction,
  type NewsAction,
} from "@/lib/auth/permissions";

const admin: Actor = { id: "a", role: "ADMIN", structureId: null, regionId: null };
const staff: Actor = { id: "s", role: "ROCB_STAFF", structureId: "rocb-eur", regionId: "EUR" };
const rep: Actor = { id: "r", role: "RTC_REP", structureId: "rtc-bishkek", regionId: "EUR" };

describe("permissions (PRODUCT.md table)", () => {
  it("refuses anonymous visitors everything", () => {
    expect(can(null, "staff.enter")).toBe(false);
    expect(can(undefined, "meeting.update", { regionId: "EUR" })).toBe(false);
  });

  it("lets administrators do everything", () => {
    for (const action of ["structure.create", "user.manage", "audit.read", "meeting.update", "news.publish"] as const) {
      expect(can(admin, action, { regionId: "AP" })).toBe(true);
    }
  });

  it("scopes ROCB staff to their region", () => {
    expect(can(staff, "meeting.create", { regionId: "EUR" })).toBe(true);
    expect(can(staff, "meeting.update", { regionId: "EUR" })).toBe(true);
    expect(can(staff, "meeting.update", { regionId: "AP" })).toBe(false);
    expect(can(staff, "meeting.update", { regionId: null })).toBe(false);
    expect(can(staff, "structure.update", { regionId: "EUR", structureId: "rtc-bishkek" })).toBe(true);
    expect(can(staff, "structure.create")).toBe(false);
    expect(can(staff, "user.manage")).toBe(false);
    expect(can(staff, "audit.read")).toBe(false);
  });

  it("scopes RTC representatives to their own structure's profile", () => {
    expect(can(rep, "structure.update", { regionId: "EUR", structureId: "rtc-bishkek" })).toBe(true);
    expect(can(rep, "structure.update", { regionId: "EUR", structureId: "rtc-budapest" })).toBe(false);
    expect(can(rep, "meeting.create", { regionId: "EUR" })).toBe(false);
    expect(can(rep, "meeting.update", { regionId: "EUR" })).toBe(false);
    expect(can(rep, "news.create")).toBe(false);
    expect(can(rep, "meeting.readDraft", { structureIds: ["rtc-bishkek", null] })).toBe(true);
    expect(can(rep, "meeting.readDraft", { structureIds: ["rtc-budapest"] })).toBe(false);
  });
});

// The `where` clauses say what can() says: each is evaluated here against
// sample records (a tiny interpreter of the Prisma operators they use), for
// every actor, action and record, so the two forms of a rule cannot drift.

type Row = Record<string, unknown> & { structures?: { structureId: string }[] };

function matches(row: Row, where: Record<string, unknown>): boolean {
  return Object.entries(where).every(([key, condition]) => {
    if (key === "AND") return (condition as Record<string, unknown>[]).every((w) => matches(row, w));
    if (key === "OR") return (condition as Record<string, unknown>[]).some((w) => matches(row, w));
    if (key === "structures") {
      const wanted = (condition as { some: { structureId: string } }).some.structureId;
      return (row.structures ?? []).some((s) => s.structureId === wanted);
    }
    return row[key] === condition;
  });
}

describe("the where clauses of permissions.ts agree with can()", () => {
  const other: Actor = { id: "o", role: "ROCB_STAFF", structureId: "rocb-ap", regionId: "AP" };
  const orphan: Actor = { id: "x", role: "ROCB_STAFF", structureId: null, regionId: null };
  const actors = [admin, staff, rep, other, orphan];
  const meetings: Row[] = [
    { id: "m1", regionId: "EUR", hostStructureId: "rtc-bishkek", organizerStructureId: "rocb-eur" },
    { id: "m2", regionId: "AP", hostStructureId: null, organizerStructureId: "rocb-ap" },
    { id: "m3", regionId: null, hostStructureId: null, organizerStructureId: null },
    { id: "m4", regionId: "EUR", hostStructureId: "rtc-budapest", organizerStructureId: null },
  ];
  const articles: Row[] = [
    { id: "n1", regionId: "EUR", structures: [{ structureId: "rtc-bishkek" }] },
    { id: "n2", regionId: "AP", structures: [] },
    { id: "n3", regionId: null, structures: [{ structureId: "rtc-budapest" }] },
  ];
  const structures: Row[] = [
    { id: "rtc-bishkek", regionId: "EUR" },
    { id: "rtc-budapest", regionId: "EUR" },
    { id: "rocb-ap", regionId: "AP" },
  ];
  let cells = 0;

  it("for meetings", () => {
    for (const actor of actors)
      for (const action of [
        "meeting.readDraft",
        "meeting.update",
        "meeting.publish",
        "meeting.delete",
      ] as MeetingAction[])
        for (const m of meetings) {
          const scope = {
            regionId: m.regionId as string | null,
            structureIds: [m.hostStructureId as string | null, m.organizerStructureId as string | null],
          };
          expect(
            matches(m, meetingWhere(actor, action) as Record<string, unknown>),
            `${actor.id} ${action} ${m.id}`,
          ).toBe(can(actor, action, scope));
          cells += 1;
        }
  });

  it("for news", () => {
    for (const actor of actors)
      for (const action of ["news.readDraft", "news.update", "news.publish", "news.delete"] as NewsAction[])
        for (const n of articles) {
          const scope = {
            regionId: n.regionId as string | null,
            structureIds: (n.structures ?? []).map((s) => s.structureId),
          };
          expect(matches(n, newsWhere(actor, action) as Record<string, unknown>), `${actor.id} ${action} ${n.id}`).toBe(
            can(actor, action, scope),
          );
          cells += 1;
        }
  });

  it("for structures", () => {
    for (const actor of actors)
      for (const action of ["structure.readDraft", "structure.update"] as const)
        for (const s of structures) {
          expect(
            matches(s, structureWhere(actor, action) as Record<string, unknown>),
            `${actor.id} ${action} ${s.id}`,
          ).toBe(can(actor, action, { regionId: s.regionId as string, structureId: s.id as string }));
          cells += 1;
        }
    expect(cells).toBe(5 * 4 * 4 + 5 * 4 * 3 + 5 * 2 * 3);
  });
  it("for decisions' follow-up (the decision's meeting's region)", () => {
    const decisionMatches = (row: { kind: string; meeting: Row }, where: Record<string, unknown>) =>
      Object.entries(where).every(([key, condition]) =>
        key === "meeting"
          ? matches(row.meeting, condition as Record<string, unknown>)
          : (row as Record<string, unknown>)[key] === condition,
      );
    for (const actor of actors)
      for (const meeting of meetings)
        for (const kind of ["DECISION", "OUTCOME"]) {
          const allowed =
            kind === "DECISION" && can(actor, "decision.update", { regionId: meeting.regionId as string | null });
          expect(
            decisionMatches({ kind, meeting }, decisionWhere(actor) as Record<string, unknown>),
            `${actor.id} ${meeting.id} ${kind}`,
          ).toBe(allowed);
        }
  });
});

// Issue 18: the rules added to the one decision-maker, and their where clauses.
describe("permissions added for issue 18", () => {
  const other: Actor = { id: "o", role: "ROCB_STAFF", structureId: "rocb-ap", regionId: "AP" };

  it("writes a city's names only with rights over every published record there", () => {
    expect(can(admin, "gazetteer.write", { regionIds: ["EUR", "AP", null] })).toBe(true);
    expect(can(staff, "gazetteer.write", { regionIds: ["EUR"] })).toBe(true);
    expect(can(staff, "gazetteer.write", { regionIds: [] })).toBe(true);
    expect(can(staff, "gazetteer.write", { regionIds: ["EUR", "AP"] })).toBe(false);
    expect(can(staff, "gazetteer.write", { regionIds: ["EUR", null] })).toBe(false);
    expect(can(staff, "gazetteer.write")).toBe(false);
    expect(can(other, "gazetteer.write", { regionIds: ["EUR"] })).toBe(false);
    expect(can(rep, "gazetteer.write", { regionIds: ["EUR"] })).toBe(false);
    for (const actor of [staff, rep, other]) {
      expect(can(actor, "gazetteer.review")).toBe(false);
      expect(can(actor, "organization.manage")).toBe(false);
      expect(can(actor, "content.chooseRegion")).toBe(false);
    }
    expect(can(admin, "gazetteer.review")).toBe(true);
    expect(can(admin, "organization.manage")).toBe(true);
  });

  it("lets only administrators handle e-mail subscribers (export, erasure, the queue)", () => {
    for (const actor of [staff, rep, other]) {
      expect(can(actor, "alerts.manage")).toBe(false);
      expect(staffAreas(actor).subscribers).toBe(false);
    }
    expect(can(admin, "alerts.manage")).toBe(true);
    expect(staffAreas(admin).subscribers).toBe(true);
  });

  it("shows the sending queue's state to administrators only: ROCB staff not even their region's counts", () => {
    for (const actor of [staff, rep, other]) {
      expect(can(actor, "alerts.queue")).toBe(false);
      expect(can(actor, "alerts.queue", { regionId: "EUR" })).toBe(false);
    }
    expect(can(admin, "alerts.queue")).toBe(true);
  });

  it("deletes draft plans and reopens reports in the plan's region; names the areas of plans and reports", () => {
    expect(can(staff, "plan.delete", { regionId: "EUR" })).toBe(true);
    expect(can(other, "plan.delete", { regionId: "EUR" })).toBe(false);
    expect(can(rep, "plan.delete", { regionId: "EUR" })).toBe(false);
    expect(can(staff, "report.reopen", { regionId: "EUR", structureId: "rtc-bishkek" })).toBe(true);
    expect(can(rep, "report.reopen", { regionId: "EUR", structureId: "rtc-bishkek" })).toBe(false);
    expect([can(staff, "plan.area"), can(rep, "plan.area"), can(admin, "plan.area")]).toEqual([true, false, true]);
    expect([can(staff, "report.area"), can(rep, "report.area"), can(admin, "report.area")]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("says the same in the where clauses: reports to reopen, organizations, suggestions", () => {
    const reports: Row[] = [
      { id: "r1", status: "ACCEPTED", region: "EUR", centre: "rtc-bishkek" },
      { id: "r2", status: "SUBMITTED", region: "EUR", centre: "rtc-bishkek" },
      { id: "r3", status: "ACCEPTED", region: "AP", centre: "rtc-x" },
    ];
    const reportMatches = (row: Row, where: Record<string, unknown>): boolean =>
      Object.entries(where).every(([key, condition]) => {
        if (key === "status") return row.status === condition;
        if (key === "activity") {
          const activity = condition as { plan?: { regionId: string }; responsibleStructureId?: string };
          return activity.plan ? activity.plan.regionId === row.region : activity.responsibleStructureId === row.centre;
        }
        return row[key] === condition;
      });
    for (const actor of [admin, staff, rep, other])
      for (const report of reports) {
        const allowed =
          report.status === "ACCEPTED" &&
          can(actor, "report.reopen", { regionId: report.region as string, structureId: report.centre as string });
        expect(reportMatches(report, reportWhere(actor, "report.reopen") as Record<string, unknown>)).toBe(allowed);
      }
    expect(organizationWhere(admin)).toEqual({});
    expect(citySuggestionWhere(admin)).toEqual({});
    for (const actor of [staff, rep, other]) {
      expect(matches({ id: "org" }, organizationWhere(actor) as Record<string, unknown>)).toBe(false);
      expect(matches({ id: "s1" }, citySuggestionWhere(actor) as Record<string, unknown>)).toBe(false);
    }
  });

  it("imports news archives: administrators anywhere, ROCB staff into their region, RTC representatives never (issue 23)", () => {
    expect(can(admin, "import.run")).toBe(true);
    expect(can(admin, "import.run", { regionId: "AP" })).toBe(true);
    expect(can(staff, "import.run")).toBe(true);
    expect(can(staff, "import.run", { regionId: "EUR" })).toBe(true);
    expect(can(staff, "import.run", { regionId: "AP" })).toBe(false);
    expect(can(rep, "import.run")).toBe(false);
    expect(can(null, "import.run")).toBe(false);
    // The staff menu shows the Import screen to exactly those who may import.
    expect([admin, staff, rep].map((actor) => staffAreas(actor).import)).toEqual([true, true, false]);
  });
});
