// Issue 18, item 9: every sign-out path ends the account's sessions, and the
// session version is checked wherever a session is read. Auth.js's own
// /api/auth/signout used to clear only the browser's cookie (copies kept
// working), and /api/auth/session answered a revoked cookie with a live
// session and a fresh cookie. The portal's real next-auth configuration runs
// through @auth/core against the test database.
process.env.AUTH_SECRET ??= "integration-secret-integration-secret-0123";

import { Auth } from "@auth/core";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authConfig } from "@/lib/auth/config";
import { endUserSessions } from "@/lib/data/users/find-session-user";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/keys";
import { CookieJar } from "../support/cookie-jar";

const config = { ...authConfig(), basePath: "/api/auth" };

const call = (path: string, jar: CookieJar, init: { method?: string; body?: URLSearchParams } = {}) =>
  Auth(
    new Request(`http://localhost:3000/api/auth/${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: {
        cookie: jar.header(),
        ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    }),
    config,
  );

async function csrf(jar: CookieJar) {
  const response = await call("csrf", jar);
  jar.take(response);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function signedIn(email: string) {
  const jar = new CookieJar();
  const csrfToken = await csrf(jar);
  const response = await call("callback/credentials", jar, {
    method: "POST",
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/en/staff" }),
  });
  jar.take(response);
  expect(jar.sessionCookie()).toBeDefined();
  return jar;
}

/** What /api/auth/session says about a cookie, and whether it handed out a fresh session cookie. */
async function sessionOf(jar: CookieJar) {
  const response = await call("session", jar);
  const fresh = response.headers
    .getSetCookie()
    .some((line) => /session-token=[^;]+/.test(line) && !/max-age=0/i.test(line));
  return { session: (await response.json()) as { uid?: string } | null, fresh };
}

describe("Auth.js's own sign-out", () => {
  it("ends every copy of the session, not only the browser's cookie", async () => {
    const jar = await signedIn(DEMO_ACCOUNTS.staffEurope);
    const copy = jar.copy();
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.staffEurope } });
    const csrfToken = await csrf(jar);
    const out = await call("signout", jar, { method: "POST", body: new URLSearchParams({ csrfToken }) });
    jar.take(out);
    expect(jar.sessionCookie()).toBeUndefined();
    // The session version went up …
    const after = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.staffEurope } });
    expect(after.sessionVersion).toBe(sessionVersion + 1);
    // … so the copy is no session, and gets no fresh cookie.
    expect(await sessionOf(copy)).toEqual({ session: null, fresh: false });
  });
});

describe("reading a session", () => {
  it("checks the version: a revoked cookie is no session at /api/auth/session, and is not renewed", async () => {
    const jar = await signedIn(DEMO_ACCOUNTS.rtcBishkek);
    expect(await sessionOf(jar)).toMatchObject({ session: { uid: expect.any(String) }, fresh: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.rtcBishkek } });
    // Signed out elsewhere (the staff area's button), a new password, or a deactivation.
    await endUserSessions(user.id);
    expect(await sessionOf(jar)).toEqual({ session: null, fresh: false });
  });

  it("a deactivated account's cookie is no session either", async () => {
    const jar = await signedIn(DEMO_ACCOUNTS.admin);
    await prisma.user.update({ where: { email: DEMO_ACCOUNTS.admin }, data: { active: false } });
    try {
      expect((await sessionOf(jar)).session).toBeNull();
    } finally {
      await prisma.user.update({ where: { email: DEMO_ACCOUNTS.admin }, data: { active: true } });
    }
  });
});
