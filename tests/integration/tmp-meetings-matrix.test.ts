import { describe, expect, it } from "vitest";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";
import { meetingsMatrixCases } from "./matrix/meetings";
import type { MatrixActor } from "./matrix/types";

describe("meetings matrix (local check)", () => {
  it("runs every case as every actor", async () => {
    const demo = await demoUsers();
    const actors: Record<MatrixActor, Awaited<ReturnType<typeof otherRtcRep>> | null> = {
      anonymous: null, admin: demo.admin, staffEurope: demo.staffEurope, staffAsia: await otherRegionStaff(), rtcBishkek: demo.rtcBishkek, rtcBudapest: await otherRtcRep(),
    };
    let cells = 0;
    for (const c of meetingsMatrixCases) {
      for (const [name, user] of Object.entries(actors) as [MatrixActor, typeof actors.admin][]) {
        const { formData, snapshot } = await c.prepare();
        const before = await snapshot();
        setTestUser(user);
        const result = await c.action(null, formData);
        setTestUser(null);
        expect(result?.ok, `${c.name} as ${name}: ${JSON.stringify(result)}`).toBe(c.allowed[name]);
        if (!c.allowed[name]) expect(await snapshot(), `${c.name} as ${name}`).toEqual(before);
        else expect(await snapshot(), `${c.name} as ${name} changed something`).not.toEqual(before);
        cells += 1;
      }
    }
    expect(cells).toBe(meetingsMatrixCases.length * 6);
  });
});
