// The RTC and ROCB dashboards list the open decisions they are responsible
// for (issue 21, item 4): the centre those of public meetings naming it, the
// ROCB those of its region's meetings; never another centre's or region's,
// and never one done or dropped.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listOpenDecisions } from "@/lib/data/decisions/list-open-decisions";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { createEuropeMeeting } from "../support/meeting-fixtures";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";

type Status = "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED";

/** A published Europe meeting's decision, due long ago (so it heads the capped list), with its status and responsible centre. */
async function decision(status: Status, responsibleId: string) {
  const m = await createEuropeMeeting({ status: "PUBLISHED", published: true });
  const id = m.outcomes[1].id;
  await prisma.meetingOutcome.update({
    where: { id },
    data: { status, dueOn: new Date("2020-01-01"), responsible: { create: { structureId: responsibleId } } },
  });
  return id;
}

describe("open decisions on the dashboards", () => {
  let rtcBishkek: SessionUser;
  let rtcBudapest: SessionUser;
  let staffEurope: SessionUser;
  let staffAsia: SessionUser;
  beforeAll(async () => {
    ({ rtcBishkek, staffEurope } = await demoUsers());
    rtcBudapest = await otherRtcRep();
    staffAsia = await otherRegionStaff();
  });

  const shown = async (actor: SessionUser) => (await listOpenDecisions({ actor, locale: "en" })).items.map((d) => d.id);

  it("lists a centre's open and in-progress decisions, not another centre's nor done or dropped ones", async () => {
    const open = await decision("OPEN", rtcBishkek.structureId!);
    const going = await decision("IN_PROGRESS", rtcBishkek.structureId!);
    const done = await decision("DONE", rtcBishkek.structureId!);
    const dropped = await decision("DROPPED", rtcBishkek.structureId!);
    const budapest = await decision("OPEN", rtcBudapest.structureId!);

    const bishkek = await shown(rtcBishkek);
    expect(bishkek).toEqual(expect.arrayContaining([open, going]));
    for (const id of [done, dropped, budapest]) expect(bishkek).not.toContain(id);
    const other = await shown(rtcBudapest);
    expect(other).toContain(budapest);
    for (const id of [open, going]) expect(other).not.toContain(id);

    // ROCB Europe: its region's open decisions; ROCB Asia/Pacific: none of them.
    const europe = await listOpenDecisions({ actor: staffEurope, locale: "en" });
    expect(europe.total).toBeGreaterThanOrEqual(3);
    const europeIds = europe.items.map((d) => d.id);
    expect(europeIds).toEqual(expect.arrayContaining([open, going, budapest]));
    for (const id of [done, dropped]) expect(europeIds).not.toContain(id);
    const asia = await shown(staffAsia);
    for (const id of [open, going, budapest, done, dropped]) expect(asia).not.toContain(id);
  });
});
