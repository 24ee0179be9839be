// Every mutation of the staff workspace, run as every kind of actor against
// the real database: allowed ones succeed, refused ones are refused AND leave
// the affected rows exactly as they were. The cells are counted, so the test
// cannot pass by checking nothing.
import { afterAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";
import type { MatrixActor, MatrixCase } from "./matrix/types";

const modules = import.meta.glob<Record<string, MatrixCase[]>>("./matrix/*.ts", { eager: true });
const cases: MatrixCase[] = Object.entries(modules)
  .filter(([file]) => !file.endsWith("/types.ts"))
  .flatMap(([, exports]) => Object.values(exports).filter(Array.isArray).flat());

const actors: MatrixActor[] = ["anonymous", "admin", "staffEurope", "staffAsia", "rtcBishkek", "rtcBudapest"];
let checked = 0;
let allowedCells = 0;
let refusedCells = 0;

async function sessionFor(actor: MatrixActor): Promise<SessionUser | null> {
  if (actor === "anonymous") return null;
  if (actor === "staffAsia") return otherRegionStaff();
  if (actor === "rtcBudapest") return otherRtcRep();
  return (await demoUsers())[actor];
}

describe("authorization matrix", () => {
  afterAll(() => {
    setTestUser(null);
    console.log(`authorization matrix: ${checked} cells (${cases.length} mutations × ${actors.length} actors): ${allowedCells} allowed, ${refusedCells} refused`);
  });

  it("covers the mutations of every staff area", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const testCase of cases) {
    for (const actor of actors) {
      const expected = testCase.allowed[actor];
      it(`${testCase.name} as ${actor}: ${expected ? "allowed" : "refused"}`, async () => {
        setTestUser(null);
        const { formData, snapshot } = await testCase.prepare();
        const before = await snapshot();
        setTestUser(await sessionFor(actor));
        const result = await testCase.action(null, formData);
        setTestUser(null);
        if (expected) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          allowedCells += 1;
        } else {
          expect(result).toMatchObject({ ok: false });
          expect(await snapshot()).toEqual(before);
          refusedCells += 1;
        }
        checked += 1;
      });
    }
  }

  it("checked every cell", () => {
    expect(checked).toBe(cases.length * actors.length);
  });
});
