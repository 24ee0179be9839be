import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { StaleVersionError } from "@/lib/errors/app-errors";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";
import { submitCreate } from "../support/redirects";

const schema = z.object({ title: z.string().trim().min(1).max(10), email: z.email(), password: z.string().optional() });

describe("the action wrapper", () => {
  afterEach(() => setTestUser(null));

  it("refuses anonymous callers before anything else", async () => {
    const result = await runAction(
      { title: "x", email: "a@b.co" },
      { schema, authorize: () => ({ action: "staff.enter" }), run: async () => "ran" },
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Sign in again") });
  });

  it("returns every field error in the user's words and echoes input but never secrets", async () => {
    const { admin } = await demoUsers();
    setTestUser(admin);
    const result = await runAction(
      { title: "", email: "nope", password: "secret" },
      { schema, authorize: () => ({ action: "staff.enter" }), run: async () => "ran" },
    );
    expect(result).toEqual({
      ok: false,
      message: "Nothing was saved. Correct the problems shown and send the form again.",
      fieldErrors: { title: ["This field is required."], email: ["Enter a valid e-mail address."] },
      values: { title: "", email: "nope" },
    });
  });

  it("checks the permission and maps expected errors", async () => {
    const { rtcBishkek, staffEurope } = await demoUsers();
    setTestUser(rtcBishkek);
    const refused = await runAction(
      { title: "ok", email: "a@b.co" },
      { schema, authorize: () => ({ action: "meeting.create" }), run: async () => "ran" },
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    setTestUser(staffEurope);
    const stale = await runAction(
      { title: "ok", email: "a@b.co" },
      {
        schema,
        authorize: () => ({ action: "staff.enter" }),
        run: async () => {
          throw new StaleVersionError();
        },
      },
    );
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { title: "ok" },
    });
    const ok = await runAction(
      { title: "ok", email: "a@b.co" },
      { schema, authorize: () => ({ action: "staff.enter" }), run: async () => "ran" },
    );
    expect(ok).toEqual({ ok: true, message: "Saved.", data: "ran" });
  });

  it("decides every permission the same way: on the record's scope, an unknown record left to the data function", async () => {
    const { staffEurope } = await demoUsers();
    setTestUser(staffEurope);
    const other = { action: "meeting.update" as const, scope: { regionId: "another-region" } };
    const own = { action: "meeting.update" as const, scope: { regionId: staffEurope.regionId } };
    const run = async () => "ran";
    expect(await runAction({ title: "ok", email: "a@b.co" }, { schema, authorize: () => other, run })).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    // Every permission named must hold (a link between two meetings needs both).
    expect(
      await runAction({ title: "ok", email: "a@b.co" }, { schema, authorize: () => [own, other], run }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    expect(
      await runAction({ title: "ok", email: "a@b.co" }, { schema, authorize: () => [own, own], run }),
    ).toMatchObject({ ok: true });
    expect(
      await runAction(
        { title: "ok", email: "a@b.co" },
        { schema, authorize: async () => ({ action: "meeting.update", scope: null }), run },
      ),
    ).toMatchObject({ ok: true });
  });

  it("opens the created record with a redirect from the server after success only", async () => {
    const { staffEurope } = await demoUsers();
    setTestUser(staffEurope);
    const created = submitCreate(
      runAction(
        { title: "ok", email: "a@b.co" },
        {
          schema,
          authorize: () => ({ action: "staff.enter" }),
          run: async () => ({ id: "abc123" }),
          redirectTo: (r) => `/staff/meetings/${r.id}`,
        },
      ),
    );
    expect(await created).toEqual({ redirected: true, location: "/en/staff/meetings/abc123", id: "abc123" });
    const refused = submitCreate(
      runAction(
        { title: "", email: "a@b.co" },
        {
          schema,
          authorize: () => ({ action: "staff.enter" }),
          run: async () => ({ id: "abc123" }),
          redirectTo: (r) => `/staff/meetings/${r.id}`,
        },
      ),
    );
    expect(await refused).toMatchObject({ redirected: false, result: { ok: false } });
  });
});
