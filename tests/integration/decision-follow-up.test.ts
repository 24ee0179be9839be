// Staff record a decision's follow-up on the meeting's outcomes tab (issue
// 21, item 4): kind, responsible structures, due date, status with its dated
// history, and what carried it out; stale and bad edits are refused with
// nothing changed; "start the plan" opens a plan form adopted on it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveDecisionFollowUpAction } from "@/lib/actions/meeting-decisions";
import { listOpenDecisions } from "@/lib/data/decisions/list-open-decisions";
import { getDecisionEditor } from "@/lib/data/decisions/manage-decisions";
import { getNewPlanForm } from "@/lib/data/plans/list-staff-plans";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { formDataOf } from "../support/form-data";
import { createEuropeMeeting, europeRefs } from "../support/meeting-fixtures";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff } from "../support/test-users";

type Fresh = Awaited<ReturnType<typeof createEuropeMeeting>>;

describe("a decision's follow-up", () => {
  let staffEurope: SessionUser;
  let staffAsia: SessionUser;
  let rtcBishkek: SessionUser;
  let bishkekId: string;
  beforeAll(async () => {
    ({ staffEurope, rtcBishkek } = await demoUsers());
    staffAsia = await otherRegionStaff();
    bishkekId = (await europeRefs()).hostStructureId;
  });
  afterAll(() => setTestUser(null));

  const fields = (m: Fresh, extra: Record<string, string | string[]> = {}) => ({
    meetingId: m.id,
    decisionId: m.outcomes[1].id,
    version: "1",
    decisionKind: "ACTION_PLAN",
    status: "IN_PROGRESS",
    dueOn: "2027-06-30",
    responsible: [bishkekId],
    ...extra,
  });
  const decisionOf = (m: Fresh) =>
    prisma.meetingOutcome.findUniqueOrThrow({
      where: { id: m.outcomes[1].id },
      include: { responsible: true, statusChanges: { orderBy: { changedAt: "asc" } } },
    });

  it("saves kind, status, due date and responsible, and dates the new status in the history", async () => {
    const m = await createEuropeMeeting();
    setTestUser(staffEurope);
    const result = await saveDecisionFollowUpAction(null, formDataOf(fields(m)));
    expect(result?.ok).toBe(true);
    const saved = await decisionOf(m);
    expect(saved).toMatchObject({ decisionKind: "ACTION_PLAN", status: "IN_PROGRESS", version: 2 });
    expect(saved.dueOn?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(saved.responsible.map((r) => r.structureId)).toEqual([bishkekId]);
    expect(saved.statusChanges.map((c) => [c.status, c.changedById])).toEqual([["IN_PROGRESS", staffEurope.id]]);

    // The same status again adds nothing to the history; a new one does.
    await saveDecisionFollowUpAction(null, formDataOf(fields(m, { version: "2", dueOn: "" })));
    expect((await decisionOf(m)).statusChanges).toHaveLength(1);
    expect((await decisionOf(m)).dueOn).toBeNull();
    await saveDecisionFollowUpAction(null, formDataOf(fields(m, { version: "3", status: "DONE" })));
    expect((await decisionOf(m)).statusChanges.map((c) => c.status)).toEqual(["IN_PROGRESS", "DONE"]);

    const editor = await getDecisionEditor({ actor: staffEurope, meetingId: m.id, locale: "en" });
    expect(editor.decisions.map((d) => d.id)).toEqual([m.outcomes[1].id]);
    expect(editor.decisions[0].history.map((h) => h.status)).toEqual(["IN_PROGRESS", "DONE"]);
    expect(editor.structures.some((s) => s.value === bishkekId)).toBe(true);
  });

  it("refuses a stale page, keeping the newer follow-up", async () => {
    const m = await createEuropeMeeting();
    setTestUser(staffEurope);
    await saveDecisionFollowUpAction(null, formDataOf(fields(m, { status: "DONE" })));
    const stale = await saveDecisionFollowUpAction(null, formDataOf(fields(m, { status: "DROPPED" })));
    expect(stale).toMatchObject({ ok: false, values: expect.objectContaining({ status: "DROPPED" }) });
    expect((await decisionOf(m)).status).toBe("DONE");
  });

  it("refuses an unknown article or another meeting's document by field, changing nothing", async () => {
    const m = await createEuropeMeeting();
    const other = await createEuropeMeeting();
    setTestUser(staffEurope);
    const result = await saveDecisionFollowUpAction(
      null,
      formDataOf(fields(m, { followUpNewsSlug: "no-such-article-here", followUpMeetingId: m.id })),
    );
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["followUpMeetingId", "followUpNewsSlug"]);
      expect(result.values).toMatchObject({ followUpNewsSlug: "no-such-article-here" });
    }
    const unchanged = await decisionOf(m);
    expect(unchanged).toMatchObject({ status: "OPEN", version: 1, followUpNewsId: null });
    expect(unchanged.statusChanges).toHaveLength(0);

    const linked = await saveDecisionFollowUpAction(null, formDataOf(fields(m, { followUpMeetingId: other.id })));
    expect(linked?.ok).toBe(true);
    expect((await decisionOf(m)).followUpMeetingId).toBe(other.id);
  });

  it("is refused to another region's staff and to a centre, and shows them nothing", async () => {
    const m = await createEuropeMeeting();
    for (const actor of [staffAsia, rtcBishkek]) {
      setTestUser(actor);
      const result = await saveDecisionFollowUpAction(null, formDataOf(fields(m)));
      expect(result?.ok).toBe(false);
      expect((await getDecisionEditor({ actor, meetingId: m.id, locale: "en" })).decisions).toEqual([]);
    }
    expect((await decisionOf(m)).version).toBe(1);
  });

  it("offers to start the plan: the new plan form is adopted at the meeting, on the decision", async () => {
    const m = await createEuropeMeeting();
    const form = await getNewPlanForm({ actor: staffEurope, locale: "en", decisionId: m.outcomes[1].id });
    expect(form.initial).toMatchObject({
      adoptedAtMeetingId: m.id,
      decisionId: m.outcomes[1].id,
      "t.en.summary": "A joint plan will be drafted.",
    });
    expect(form.decisions.map((d) => d.value)).toEqual([m.outcomes[1].id]);
    // Out of scope: the decision is ignored.
    const asia = await getNewPlanForm({ actor: staffAsia, locale: "en", decisionId: m.outcomes[1].id });
    expect(asia.initial.decisionId).toBeUndefined();
    expect(asia.decisions).toEqual([]);
  });

  it("lists on the dashboards the open decisions a centre is responsible for, and those its ROCB follows up", async () => {
    const published = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const draft = await createEuropeMeeting();
    setTestUser(staffEurope);
    for (const m of [published, draft]) {
      const saved = await saveDecisionFollowUpAction(null, formDataOf(fields(m, { dueOn: "2020-01-31" })));
      expect(saved?.ok).toBe(true);
    }
    // The centre: its decision of the public meeting (overdue, linked to the public page), not the draft's.
    const centre = await listOpenDecisions({ actor: rtcBishkek, locale: "en" });
    const shown = centre.items.find((d) => d.id === published.outcomes[1].id);
    expect(shown).toMatchObject({ overdue: true, href: `/meetings/${published.slug}` });
    expect(centre.items.some((d) => d.id === draft.outcomes[1].id)).toBe(false);
    // ROCB Europe: both, opening the outcomes tab; done decisions leave the list.
    const rocb = await listOpenDecisions({ actor: staffEurope, locale: "en" });
    expect(rocb.total).toBeGreaterThanOrEqual(2);
    expect(rocb.items.find((d) => d.id === draft.outcomes[1].id)?.href).toBe(`/staff/meetings/${draft.id}/outcomes`);
    await saveDecisionFollowUpAction(null, formDataOf(fields(published, { version: "2", status: "DONE" })));
    const after = await listOpenDecisions({ actor: rtcBishkek, locale: "en" });
    expect(after.items.some((d) => d.id === published.outcomes[1].id)).toBe(false);
  });
});
