// The one runner of the authorization matrix (tests/integration/permissions-matrix.test.ts
// runs every case of tests/integration/matrix/* through it). One cell = one
// mutation as one actor, on a fresh target:
// - allowed: the action succeeds (a create opens the new record with a
//   redirect) AND the record really changed;
// - refused: the action is refused by authorization — the "sign in" or "not
//   allowed" answer with no field error, so a validation mistake in the case
//   cannot pass for a refusal — AND nothing changed.
import { expect } from "vitest";
import messages from "@/messages/en.json";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import type { MatrixActor, MatrixCase } from "../integration/matrix/types";
import { submitCreate } from "./redirects";
import { setTestUser } from "./test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "./test-users";

export const matrixActors: MatrixActor[] = [
  "anonymous",
  "admin",
  "staffEurope",
  "staffAsia",
  "rtcBishkek",
  "rtcBudapest",
];

export async function sessionFor(actor: MatrixActor): Promise<SessionUser | null> {
  if (actor === "anonymous") return null;
  if (actor === "staffAsia") return otherRegionStaff();
  if (actor === "rtcBudapest") return otherRtcRep();
  return (await demoUsers())[actor];
}

const refusals: Record<"anonymous" | "signedIn", string> = {
  anonymous: messages.Forms.signInRequired,
  signedIn: messages.Forms.forbidden,
};

/** Runs one cell and checks it; returns whether it was an allowed one. */
export async function runMatrixCell(testCase: MatrixCase, actor: MatrixActor): Promise<"allowed" | "refused"> {
  setTestUser(null);
  const { formData, snapshot } = await testCase.prepare();
  const before = await snapshot();
  setTestUser(await sessionFor(actor));
  const outcome = await submitCreate(testCase.action(null, formData));
  setTestUser(null);
  const result = outcome.redirected ? { ok: true as const, redirectedTo: outcome.location } : outcome.result;
  const cell = `${testCase.name} as ${actor}`;
  const after = await snapshot();
  if (testCase.allowed[actor]) {
    expect(result, `${cell}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
    expect(after, `${cell}: allowed, but the record did not change`).not.toEqual(before);
    return "allowed";
  }
  expect(result, `${cell}: ${JSON.stringify(result)}`).toMatchObject({
    ok: false,
    message: actor === "anonymous" ? refusals.anonymous : refusals.signedIn,
    fieldErrors: {},
  });
  expect(after, `${cell}: refused, but something changed`).toEqual(before);
  return "refused";
}
