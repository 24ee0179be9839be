import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { can } from "@/lib/auth/permissions";
import { StaleVersionError } from "@/lib/errors/app-errors";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";

const schema = z.object({ title: z.string().trim().min(1).max(10), email: z.email(), password: z.string().optional() });

describe("the action wrapper", () => {
  afterEach(() => setTestUser(null));

  it("refuses anonymous callers before anything else", async () => {
    const result = await runAction({ title: "x", email: "a@b.co" }, { schema, authorize: () => true, run: async () => "ran" });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Sign in again") });
  });

  it("returns every field error in the user's words and echoes input but never secrets", async () => {
    const { admin } = await demoUsers();
    setTestUser(admin);
    const result = await runAction({ title: "", email: "nope", password: "secret" }, { schema, authorize: () => true, run: async () => "ran" });
    expect(result).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { title: ["This field is required."], email: ["Enter a valid e-mail address."] },
      values: { title: "", email: "nope" },
    });
  });

  it("checks the permission and maps expected errors", async () => {
    const { rtcBishkek, staffEurope } = await demoUsers();
    setTestUser(rtcBishkek);
    const refused = await runAction({ title: "ok", email: "a@b.co" }, { schema, authorize: (u) => can(u, "meeting.create"), run: async () => "ran" });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    setTestUser(staffEurope);
    const stale = await runAction({ title: "ok", email: "a@b.co" }, { schema, authorize: () => true, run: async () => { throw new StaleVersionError(); } });
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was overwritten"), values: { title: "ok" } });
    const ok = await runAction({ title: "ok", email: "a@b.co" }, { schema, authorize: () => true, run: async () => "ran" });
    expect(ok).toEqual({ ok: true, message: "Saved.", data: "ran" });
  });
});
