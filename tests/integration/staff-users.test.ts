import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import {
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  resendInvitationAction,
  updateUserAction,
} from "@/lib/actions/users";
import { requestPasswordResetAction, setPasswordAction } from "@/lib/actions/password";
import { ForbiddenError } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { claimSignInAttempt } from "@/lib/auth/rate-limit";
import { hashToken } from "@/lib/auth/tokens";
import {
  issuePasswordReset,
  MAX_RESETS_PER_EMAIL,
  MAX_RESETS_PER_IP,
  recordPasswordResetRequest,
} from "@/lib/data/users/reset-password";
import { inviteUser } from "@/lib/data/users/manage-users";
import { listUsers } from "@/lib/data/users/list-users";
import { checkUserToken, setPasswordWithToken } from "@/lib/data/users/manage-user-tokens";
import { findSessionUser } from "@/lib/data/users/find-session-user";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { lastMailTo, readOutbox, useTemporaryOutbox } from "../support/outbox";
import { pendingAfterResponse, runAfterResponse } from "../support/after-response";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";
import { newFormToken } from "@/lib/data/create-once";
import { submitCreate } from "../support/redirects";

const DAY = 24 * 3600 * 1000;

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, String(value));
  return data;
}

let n = 0;
const email = (label: string) => `${label}.${(n += 1)}@example.org`;

async function structureId(slug: string) {
  return (await prisma.structure.findUniqueOrThrow({ where: { slug } })).id;
}

async function everything() {
  const [users, tokens, audit] = await Promise.all([
    prisma.user.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true, lastSignInAt: true } }),
    prisma.userToken.findMany({ orderBy: { id: "asc" } }),
    prisma.auditLog.count(),
  ]);
  return { users, tokens, audit };
}

/** Sends the invitation form as an administrator: success opens the new account's page (a redirect from the server). */
async function invite(values: Partial<Record<string, string>> = {}) {
  const { admin } = await demoUsers();
  setTestUser(admin);
  const address = values.email ?? email("invitee");
  const outcome = await submitCreate(
    inviteUserAction(
      null,
      form({
        formToken: newFormToken(),
        email: address,
        name: "Ines Invitee",
        role: "RTC_REP",
        structureId: await structureId(SEED_SLUGS.rtcBishkek),
        preferredLocale: "fr",
        ...values,
      }),
    ),
  );
  setTestUser(null);
  const result = outcome.redirected
    ? { ok: true as const, data: { id: outcome.id, mailed: outcome.location.endsWith("invited=1") } }
    : outcome.result;
  return { result, address, location: outcome.redirected ? outcome.location : null };
}

describe("user administration", () => {
  let outbox: string;
  beforeAll(() => {
    outbox = useTemporaryOutbox();
  });
  afterEach(() => setTestUser(null));

  it("an administrator invites a user: an account without a password, a hashed link, a mail in the invitee's language", async () => {
    const { result, address, location } = await invite({ email: "  New.Person@Example.org " });
    expect(result).toMatchObject({ ok: true, data: { mailed: true } });
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "new.person@example.org" },
      include: { tokens: true },
    });
    // The new account's page opens, saying the invitation went out.
    expect(location).toBe(`/en/staff/users/${user.id}?invited=1`);
    expect(address).toContain("New.Person");
    expect(user).toMatchObject({
      name: "Ines Invitee",
      role: "RTC_REP",
      structureId: await structureId(SEED_SLUGS.rtcBishkek),
      preferredLocale: "fr",
      passwordHash: null,
      active: true,
    });
    expect(user.tokens).toHaveLength(1);
    const [token] = user.tokens;
    expect(token.kind).toBe("INVITATION");
    expect(token.usedAt).toBeNull();
    expect(Math.abs(token.expiresAt.getTime() - (Date.now() + 7 * DAY))).toBeLessThan(60_000);

    const sent = lastMailTo(user.email, outbox);
    expect(sent?.link).toMatch(/^http:\/\/localhost:\d+\/fr\/password\/set\?token=[\w-]{43}$/);
    expect(sent?.mail.text).toContain("Ines Invitee");
    // Only the SHA-256 of the link's token is stored, and the result never carries it.
    expect(token.tokenHash).toBe(hashToken(sent!.token));
    expect(token.tokenHash).not.toContain(sent!.token);
    expect(JSON.stringify(result)).not.toContain(sent!.token);
    expect(location).not.toContain(sent!.token);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.invite", entityId: user.id } });
    expect(audit.after).toMatchObject({
      email: user.email,
      role: "RTC_REP",
      structure: SEED_SLUGS.rtcBishkek,
      hasPassword: false,
    });
  });

  it("refuses the invitation to ROCB staff, RTC representatives and anonymous callers, and nothing changes", async () => {
    const { staffEurope, rtcBishkek } = await demoUsers();
    const before = await everything();
    for (const actor of [staffEurope, rtcBishkek, null]) {
      setTestUser(actor);
      const result = await inviteUserAction(
        null,
        form({
          formToken: newFormToken(),
          email: email("refused"),
          name: "Nobody",
          role: "ADMIN",
          preferredLocale: "en",
        }),
      );
      expect(result).toMatchObject({ ok: false });
    }
    // The data function refuses on its own too (a page or a script calling it directly).
    await expect(
      inviteUser({
        actor: staffEurope,
        formToken: "direct-call-token-0001",
        input: { email: email("direct"), name: "X", role: "ADMIN", preferredLocale: "en" },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await everything()).toEqual(before);
  });

  it("invites once however often the same form is sent: one account, one mail", async () => {
    const { admin } = await demoUsers();
    setTestUser(admin);
    const address = email("twice");
    const fields = form({
      formToken: newFormToken(),
      email: address,
      name: "Twice Sent",
      role: "ADMIN",
      preferredLocale: "en",
    });
    const first = await submitCreate(inviteUserAction(null, fields));
    const mails = readOutbox(outbox).length;
    const second = await submitCreate(inviteUserAction(null, fields));
    expect(first).toMatchObject({ redirected: true });
    expect(second).toMatchObject({ redirected: true, id: (first as { id: string }).id });
    expect(await prisma.user.count({ where: { email: address } })).toBe(1);
    expect(readOutbox(outbox).length).toBe(mails);
  });

  it("applies the scope rules: ROCB staff in a ROCB, RTC representatives in an RTC, administrators in none", async () => {
    const rocb = await structureId(SEED_SLUGS.rocbEurope);
    const rtc = await structureId(SEED_SLUGS.rtcBishkek);
    const before = await everything();
    const cases = [
      { role: "ROCB_STAFF", structureId: rtc, error: "must belong to a Regional Office" },
      { role: "RTC_REP", structureId: rocb, error: "must belong to a Regional Training Centre" },
      { role: "RTC_REP", structureId: "", error: "Choose the structure" },
      { role: "ROCB_STAFF", structureId: "no-such-structure", error: "must belong to a Regional Office" },
      { role: "ADMIN", structureId: rocb, error: "Administrators have no scope structure" },
    ];
    for (const c of cases) {
      const { result } = await invite({ role: c.role, structureId: c.structureId });
      expect(result).toMatchObject({ ok: false, fieldErrors: { structureId: [expect.stringContaining(c.error)] } });
    }
    expect(await everything()).toEqual(before);
    const admin = await invite({ role: "ADMIN", structureId: "" });
    expect(admin.result).toMatchObject({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { email: admin.address } })).toMatchObject({
      role: "ADMIN",
      structureId: null,
    });
  });

  it("gives every field error at once, keeps the typed values and refuses a taken address", async () => {
    const { result } = await invite({ email: "not-an-address", name: "", preferredLocale: "xx" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        email: ["Enter a valid e-mail address."],
        name: ["This field is required."],
        preferredLocale: ["This value is not valid."],
      },
      values: { email: "not-an-address", role: "RTC_REP" },
    });
    const taken = await invite({ email: "ADMIN@portal.test" });
    expect(taken.result).toMatchObject({
      ok: false,
      fieldErrors: { email: ["An account with this e-mail already exists."] },
    });
  });

  it("ends a user's sessions when their role or scope changes, not when only the name does; refuses stale versions", async () => {
    const { admin } = await demoUsers();
    const budapest = await otherRtcRep();
    const start = await prisma.user.findUniqueOrThrow({ where: { id: budapest.id } });
    expect(await findSessionUser(budapest.id, start.sessionVersion)).not.toBeNull();
    setTestUser(admin);

    const renamed = await updateUserAction(
      null,
      form({
        id: start.id,
        version: start.version,
        name: "Budapest Representative",
        role: "RTC_REP",
        structureId: start.structureId!,
        preferredLocale: "en",
      }),
    );
    expect(renamed).toMatchObject({ ok: true, data: { sessionsEnded: false, version: start.version + 1 } });
    expect(await findSessionUser(budapest.id, start.sessionVersion)).not.toBeNull();

    const before = await everything();
    const stale = await updateUserAction(
      null,
      form({
        id: start.id,
        version: start.version,
        name: "Overwritten?",
        role: "RTC_REP",
        structureId: start.structureId!,
        preferredLocale: "en",
      }),
    );
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { name: "Overwritten?" },
    });
    expect(await everything()).toEqual(before);

    const moved = await updateUserAction(
      null,
      form({
        id: start.id,
        version: start.version + 1,
        name: "Budapest Representative",
        role: "RTC_REP",
        structureId: await structureId(SEED_SLUGS.rtcMoscow),
        preferredLocale: "en",
      }),
    );
    expect(moved).toMatchObject({
      ok: true,
      message: expect.stringContaining("sessions have ended"),
      data: { sessionsEnded: true },
    });
    expect(await findSessionUser(budapest.id, start.sessionVersion)).toBeNull();
    const after = await prisma.user.findUniqueOrThrow({ where: { id: budapest.id } });
    expect(after.sessionVersion).toBe(start.sessionVersion + 1);
    expect(await findSessionUser(budapest.id, after.sessionVersion)).toMatchObject({
      structureId: await structureId(SEED_SLUGS.rtcMoscow),
    });

    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "user.update", entityId: budapest.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toMatchObject({ structure: SEED_SLUGS.rtcBudapest });
    expect(audit.after).toMatchObject({ structure: SEED_SLUGS.rtcMoscow });
  });

  it("deactivating ends the sessions at once (findSessionUser refuses the old session version); reactivating lets them sign in again", async () => {
    const { admin } = await demoUsers();
    const asia = await otherRegionStaff();
    const start = await prisma.user.findUniqueOrThrow({ where: { id: asia.id } });
    setTestUser(admin);
    const off = await submitCreate(
      deactivateUserAction(null, form({ id: start.id, version: start.version, confirm: "yes" })),
    );
    expect(off).toMatchObject({ redirected: true, location: `/en/staff/users/${start.id}?deactivated=1` });
    expect(await findSessionUser(asia.id, start.sessionVersion)).toBeNull();
    const inactive = await prisma.user.findUniqueOrThrow({ where: { id: asia.id } });
    expect(inactive).toMatchObject({ active: false, sessionVersion: start.sessionVersion + 1 });
    expect(await findSessionUser(asia.id, inactive.sessionVersion)).toBeNull();

    const on = await reactivateUserAction(null, form({ id: start.id, version: inactive.version }));
    expect(on).toMatchObject({ ok: true });
    expect(await findSessionUser(asia.id, start.sessionVersion)).toBeNull();
    expect(await findSessionUser(asia.id, inactive.sessionVersion)).not.toBeNull();
    const actions = await prisma.auditLog.findMany({
      where: { entityId: asia.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(actions[0]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it("an administrator cannot deactivate or demote themselves, with a clear error, and nothing changes", async () => {
    const { admin } = await demoUsers();
    const self = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    setTestUser(admin);
    const before = await everything();
    const off = await deactivateUserAction(null, form({ id: self.id, version: self.version, confirm: "yes" }));
    expect(off).toMatchObject({
      ok: false,
      fieldErrors: { _form: ["You cannot deactivate your own account. Ask another administrator."] },
    });
    const demoted = await updateUserAction(
      null,
      form({
        id: self.id,
        version: self.version,
        name: self.name,
        role: "ROCB_STAFF",
        structureId: await structureId(SEED_SLUGS.rocbEurope),
        preferredLocale: "en",
      }),
    );
    expect(demoted).toMatchObject({
      ok: false,
      fieldErrors: { role: ["You cannot remove your own administrator role. Ask another administrator."] },
    });
    expect(await everything()).toEqual(before);
  });

  it("a link works once, before it expires, and sets a scrypt hash; the next use, an unknown or a malformed token are refused", async () => {
    const { address } = await invite();
    const { token } = lastMailTo(address, outbox)!;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: address } });

    expect(await checkUserToken(token)).toEqual({ ok: true, kind: "INVITATION", email: address, name: "Ines Invitee" });
    expect(await checkUserToken(token, new Date(Date.now() + 7 * DAY + 60_000))).toEqual({
      ok: false,
      problem: "expired",
    });
    expect(
      await setPasswordWithToken({ token, password: "a long enough password", now: new Date(Date.now() + 8 * DAY) }),
    ).toEqual({ ok: false, problem: "expired" });
    expect(await checkUserToken("x".repeat(43))).toEqual({ ok: false, problem: "invalid" });
    expect(await checkUserToken("<script>")).toEqual({ ok: false, problem: "invalid" });

    const before = await everything();
    const weak = await setPasswordAction(
      null,
      form({ token, password: "short", passwordConfirm: "short", locale: "fr" }),
    );
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: ["Use at least 12 characters."] } });
    const mismatch = await setPasswordAction(
      null,
      form({ token, password: "a long enough password", passwordConfirm: "another long password", locale: "fr" }),
    );
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { passwordConfirm: ["The passwords do not match."] } });
    expect(JSON.stringify([weak, mismatch])).not.toContain("long enough");
    expect(await everything()).toEqual(before);

    await expect(
      setPasswordAction(
        null,
        form({ token, password: "a long enough password", passwordConfirm: "a long enough password", locale: "fr" }),
      ),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/fr/sign-in?password=created"),
    });
    const done = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { tokens: true } });
    expect(done.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword("a long enough password", done.passwordHash)).toBe(true);
    expect(done.sessionVersion).toBe(user.sessionVersion + 1);
    expect(done.tokens).toHaveLength(1);
    expect(done.tokens[0].usedAt).not.toBeNull();

    const again = await setPasswordAction(
      null,
      form({ token, password: "another long password", passwordConfirm: "another long password", locale: "fr" }),
    );
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("only once") });
    expect(await checkUserToken(token)).toEqual({ ok: false, problem: "used" });
    const unknown = await setPasswordAction(
      null,
      form({
        token: "A".repeat(43),
        password: "another long password",
        passwordConfirm: "another long password",
        locale: "en",
      }),
    );
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining("The link is incomplete") });
    expect(
      await verifyPassword(
        "a long enough password",
        (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash,
      ),
    ).toBe(true);
  });

  it("resending an invitation replaces the older link; it is refused once the password is set or the account is deactivated", async () => {
    const { admin } = await demoUsers();
    const { address, result } = await invite();
    const id = (result as { data: { id: string } }).data.id;
    const first = lastMailTo(address, outbox)!.token;
    setTestUser(admin);
    expect(await resendInvitationAction(null, form({ id }))).toMatchObject({ ok: true, data: { mailed: true } });
    const second = lastMailTo(address, outbox)!.token;
    expect(second).not.toBe(first);
    expect(await checkUserToken(first)).toEqual({ ok: false, problem: "invalid" });
    expect(await checkUserToken(second)).toMatchObject({ ok: true });
    expect(await prisma.userToken.count({ where: { userId: id } })).toBe(1);

    await setPasswordWithToken({ token: second, password: "a long enough password" });
    const accepted = await resendInvitationAction(null, form({ id }));
    expect(accepted).toMatchObject({
      ok: false,
      fieldErrors: { _form: [expect.stringContaining("already set a password")] },
    });

    const pending = await invite();
    const pendingId = (pending.result as { data: { id: string } }).data.id;
    const pendingToken = lastMailTo(pending.address, outbox)!.token;
    setTestUser(admin);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: pendingId } });
    await submitCreate(deactivateUserAction(null, form({ id: pendingId, version: row.version, confirm: "yes" })));
    expect(await checkUserToken(pendingToken)).toEqual({ ok: false, problem: "invalid" });
    expect(await resendInvitationAction(null, form({ id: pendingId }))).toMatchObject({
      ok: false,
      fieldErrors: { _form: [expect.stringContaining("deactivated")] },
    });
  });

  it("'forgot password' answers the same whether or not the account exists, mails only active accounts, and the link lasts one hour", async () => {
    const { staffEurope } = await demoUsers();
    const sentBefore = readOutbox(outbox).length;
    const known = await requestPasswordResetAction(
      null,
      form({ email: staffEurope.email.toUpperCase(), locale: "en" }),
    );
    const unknown = await requestPasswordResetAction(null, form({ email: "nobody.here@example.org", locale: "en" }));
    await runAfterResponse();
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({
      ok: true,
      message: expect.stringContaining("If an active account uses this address"),
    });
    expect(readOutbox(outbox)).toHaveLength(sentBefore + 1);
    const { token, link } = lastMailTo(staffEurope.email, outbox)!;
    expect(link).toContain("/en/password/set?token=");
    expect(await checkUserToken(token)).toMatchObject({ ok: true, kind: "PASSWORD_RESET" });
    expect(await checkUserToken(token, new Date(Date.now() + 61 * 60_000))).toEqual({ ok: false, problem: "expired" });

    const bad = await requestPasswordResetAction(null, form({ email: "not an address", locale: "en" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter a valid e-mail address."] },
      values: { email: "not an address" },
    });

    // A reset ends the sessions and replaces the password; the demo password no longer works.
    const start = await prisma.user.findUniqueOrThrow({ where: { id: staffEurope.id } });
    await expect(
      setPasswordAction(
        null,
        form({ token, password: "a brand new password", passwordConfirm: "a brand new password", locale: "en" }),
      ),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/en/sign-in?password=changed"),
    });
    expect(await findSessionUser(staffEurope.id, start.sessionVersion)).toBeNull();
    const after = await prisma.user.findUniqueOrThrow({ where: { id: staffEurope.id } });
    expect(await verifyPassword("a brand new password", after.passwordHash)).toBe(true);
  });

  it("'forgot password' answers after the same work for known and unknown addresses; the link and mail come after the answer", async () => {
    const { admin } = await demoUsers();
    const state = async () => ({
      tokens: await prisma.userToken.count({ where: { userId: admin.id } }),
      audit: await prisma.auditLog.count({ where: { entityId: admin.id } }),
      mails: readOutbox(outbox).length,
    });
    const answer = async (address: string) => {
      const { result, queries } = await countQueries(() =>
        requestPasswordResetAction(null, form({ email: address, locale: "en" })),
      );
      return { result, queries, queued: pendingAfterResponse() };
    };
    await runAfterResponse(); // nothing left from earlier tests
    const before = await state();
    const known = await answer(admin.email);
    // Nothing about the account has been looked up or written when the answer is ready.
    expect(await state()).toEqual(before);
    expect(known.queued).toEqual(["password reset mail"]);
    await runAfterResponse();
    const unknown = await answer("no.such.person@example.org");
    expect(unknown.queued).toEqual(["password reset mail"]);
    await runAfterResponse();
    expect(unknown.result).toEqual(known.result);
    expect(unknown.queries).toBe(known.queries);
    // After the answer, the known account got its link.
    const after = await state();
    expect(after.tokens).toBe(before.tokens + 1);
    expect(after.mails).toBe(before.mails + 1);
    expect(lastMailTo(admin.email, outbox)?.link).toContain("/password/set?token=");
    // Leave the shared per-IP count (tests have no address: "unknown") as it was for the limit test below.
    await prisma.signInAttempt.deleteMany({
      where: {
        key: { in: ["reset:ip:unknown", `reset:email:${admin.email}`, "reset:email:no.such.person@example.org"] },
        createdAt: { gte: new Date(Date.now() - 60_000) },
      },
    });
  });

  it("a deactivated account gets the same neutral answer and no mail", async () => {
    const { address, result } = await invite();
    const id = (result as { data: { id: string } }).data.id;
    await prisma.user.update({ where: { id }, data: { active: false } });
    const sentBefore = readOutbox(outbox).length;
    const answer = await requestPasswordResetAction(null, form({ email: address, locale: "en" }));
    await runAfterResponse();
    expect(answer).toMatchObject({
      ok: true,
      message: expect.stringContaining("If an active account uses this address"),
    });
    expect(readOutbox(outbox)).toHaveLength(sentBefore);
  });

  it("limits reset requests per address (known or not) and per IP, apart from sign-in failures", async () => {
    for (const address of ["rtc.bishkek@portal.test", "ghost@example.org"]) {
      for (let i = 0; i < MAX_RESETS_PER_EMAIL; i += 1) {
        expect(await requestPasswordResetAction(null, form({ email: address, locale: "en" }))).toMatchObject({
          ok: true,
        });
      }
      expect(await requestPasswordResetAction(null, form({ email: address, locale: "en" }))).toMatchObject({
        ok: false,
        message: expect.stringContaining("Too many requests"),
      });
    }
    const tokensBefore = await prisma.userToken.count();
    for (let i = 0; i < MAX_RESETS_PER_IP; i += 1) {
      expect(await recordPasswordResetRequest({ email: `spray.${i}@example.org`, ip: "203.0.113.7" })).toEqual({
        limited: false,
      });
    }
    expect(await recordPasswordResetRequest({ email: "admin@portal.test", ip: "203.0.113.7" })).toEqual({
      limited: true,
    });
    expect(await prisma.userToken.count()).toBe(tokensBefore);
    expect(await recordPasswordResetRequest({ email: "admin@portal.test", ip: "198.51.100.1" })).toEqual({
      limited: false,
    });
    expect(await issuePasswordReset({ email: "admin@portal.test" })).toMatchObject({ to: "admin@portal.test" });
    expect(await issuePasswordReset({ email: `spray.0@example.org` })).toBeNull();
    // Reset requests are counted under their own keys: sign-in is not blocked by them.
    expect(await claimSignInAttempt("rtc.bishkek@portal.test", "unknown")).toMatchObject({ allowed: true, delayMs: 0 });
    expect(await prisma.signInAttempt.count({ where: { key: { startsWith: "reset:" } } })).toBeGreaterThan(0);
  });

  it("never writes a password hash or a link token into the audit log", async () => {
    const entries = await prisma.auditLog.findMany({ where: { entityType: "user" } });
    expect(entries.length).toBeGreaterThan(5);
    const text = JSON.stringify(entries);
    const secrets = (
      await prisma.user.findMany({ where: { passwordHash: { not: null } }, select: { passwordHash: true } })
    ).map((u) => u.passwordHash!);
    const tokenHashes = (await prisma.userToken.findMany({ select: { tokenHash: true } })).map((t) => t.tokenHash);
    const tokens = readOutbox(outbox)
      .map((m) => /token=([\w-]+)/.exec(m.text)?.[1])
      .filter(Boolean) as string[];
    expect(tokens.length).toBeGreaterThan(3);
    for (const secret of [...secrets, ...tokenHashes, ...tokens]) expect(text).not.toContain(secret);
    expect(text).not.toContain("scrypt$");
    expect(text).not.toMatch(/passwordHash|tokenHash/);
  });

  it("lists users with a fixed number of queries, whatever the page size", async () => {
    const { admin } = await demoUsers();
    const structure = await structureId(SEED_SLUGS.rtcBishkek);
    await prisma.user.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        email: `bulk.${i}@example.org`,
        name: `Bulk ${i}`,
        role: "RTC_REP" as const,
        structureId: structure,
      })),
    });
    const count = async (run: () => Promise<unknown>) => (await countQueries(run)).queries;
    const full = await count(() => listUsers({ actor: admin, filters: { page: 1 }, locale: "fr" }));
    const small = await count(() => listUsers({ actor: admin, filters: { page: 1, role: "ADMIN" }, locale: "fr" }));
    expect(full).toBe(small);
    expect(full).toBeLessThanOrEqual(2);
    const page = await listUsers({ actor: admin, filters: { page: 1 }, locale: "fr" });
    expect(page.items).toHaveLength(25);
    expect(page.items.some((u) => "passwordHash" in u)).toBe(false);
    const inactive = await listUsers({ actor: admin, filters: { page: 1, status: "inactive" }, locale: "en" });
    expect(inactive.items.every((u) => !u.active)).toBe(true);
    // "Invitation pending" and "active" split the active accounts by whether a password was set.
    await invite();
    const pending = await listUsers({ actor: admin, filters: { page: 1, status: "pending" }, locale: "en" });
    expect(pending.items.length).toBeGreaterThan(0);
    expect(pending.items.every((u) => u.active && u.invitationPending)).toBe(true);
    const active = await listUsers({ actor: admin, filters: { page: 1, status: "active" }, locale: "en" });
    expect(active.items.length).toBeGreaterThan(0);
    expect(active.items.every((u) => u.active && !u.invitationPending)).toBe(true);
    const { staffEurope } = await demoUsers();
    await expect(listUsers({ actor: staffEurope, filters: { page: 1 }, locale: "en" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
