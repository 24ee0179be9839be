// Every mutation of the staff workspace, run as every kind of actor against
// the real database, through the one runner (tests/support/authorization-matrix.ts):
// allowed cells succeed and change the record; refused cells are refused by
// authorization (not by validation) and leave every affected row as it was.
// The cells are counted, so the test cannot pass by checking nothing.
import { afterAll, describe, expect, it } from "vitest";
import { matrixActors, runMatrixCell } from "../support/authorization-matrix";
import { setTestUser } from "../support/test-session";
import type { MatrixCase } from "./matrix/types";

const modules = import.meta.glob<Record<string, MatrixCase[]>>("./matrix/*.ts", { eager: true });
const cases: MatrixCase[] = Object.entries(modules)
  .filter(([file]) => !file.endsWith("/types.ts"))
  .flatMap(([, exports]) => Object.values(exports).filter(Array.isArray).flat());

const tally = { checked: 0, allowed: 0, refused: 0 };
/** The mutations of the staff workspace (each run as every one of the six actors). */
const EXPECTED_CASES = 63;

describe("authorization matrix", () => {
  afterAll(() => {
    setTestUser(null);
    console.log(
      `authorization matrix: ${tally.checked} cells (${cases.length} mutations × ${matrixActors.length} actors): ${tally.allowed} allowed, ${tally.refused} refused`,
    );
  });

  it("covers the mutations of every staff area", () => {
    // Counted, so a case cannot disappear unnoticed: 50 before issue 18, which
    // added draft deletes (meeting, news, plan), report reopening, gazetteer
    // writes and decisions, and organization edit, merge and delete; issue 21
    // a decision's follow-up; issue 24 the export and erasure of an e-mail
    // subscriber.
    expect(cases.length).toBe(EXPECTED_CASES);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const area of [
      "meeting.",
      "attendee.",
      "document.",
      "news.",
      "structure.",
      "user.",
      "plan.",
      "report.",
      "organization.",
      "gazetteer.",
      "alerts.",
    ])
      expect(
        cases.some((c) => c.name.startsWith(area)),
        area,
      ).toBe(true);
  });

  for (const testCase of cases) {
    for (const actor of matrixActors) {
      it(`${testCase.name} as ${actor}: ${testCase.allowed[actor] ? "allowed" : "refused"}`, async () => {
        tally[await runMatrixCell(testCase, actor)] += 1;
        tally.checked += 1;
      });
    }
  }

  it("checked every cell, allowed and refused ones", () => {
    expect(tally.checked).toBe(cases.length * matrixActors.length);
    expect(tally.checked).toBe(EXPECTED_CASES * 6);
    expect(tally.allowed).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(tally.allowed);
  });
});
