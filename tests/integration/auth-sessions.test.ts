// The portal's real next-auth configuration (lib/auth/config.ts), run through
// @auth/core's request handler against the test database: sign-in failures
// in the log, the per-address limit behind a spoofed X-Forwarded-For, the
// idle and absolute session lifetimes, and sign-out ending the session.
process.env.AUTH_SECRET ??= "integration-secret-integration-secret-0123";

import http from "node:http";
import type { AddressInfo } from "node:net";
import { Auth } from "@auth/core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authConfig } from "@/lib/auth/config";
import { ADDRESS_FREE_ATTEMPTS } from "@/lib/auth/rate-limit";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { findSessionUser } from "@/lib/data/users/find-session-user";
import { markPeerAddress } from "@/lib/http/peer-address";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/keys";
import { CookieJar } from "../support/cookie-jar";

const config = { ...authConfig(), basePath: "/api/auth" };

type Send = (
  path: string,
  init?: { method?: string; body?: URLSearchParams; headers?: Record<string, string> },
) => Promise<Response>;

/** Calls the auth handler directly (no HTTP server). */
const direct: Send = (path, init = {}) =>
  Auth(
    new Request(`http://localhost:3000/api/auth/${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: init.headers,
    }),
    config,
  );

async function signIn(
  send: Send,
  jar: CookieJar,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  if (!jar.get("csrf-token")) {
    const csrf = await send("csrf", { headers: { cookie: jar.header(), ...headers } });
    jar.take(csrf);
    (jar as unknown as { token: string }).token = ((await csrf.json()) as { csrfToken: string }).csrfToken;
  }
  const body = new URLSearchParams({
    email,
    password,
    csrfToken: (jar as unknown as { token: string }).token,
    callbackUrl: "/en/staff",
  });
  const response = await send("callback/credentials", {
    method: "POST",
    body,
    headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded", ...headers },
  });
  jar.take(response);
  return response;
}

async function session(jar: CookieJar): Promise<{ uid?: string; sv?: number } | null> {
  const response = await direct("session", { headers: { cookie: jar.header() } });
  jar.take(response);
  return (await response.json()) as { uid?: string; sv?: number } | null;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("a wrong password", () => {
  it("logs one line with the time and the fact, no e-mail, no password, no stack trace", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    for (const level of ["log", "info", "warn", "error", "debug"] as const)
      vi.spyOn(console, level).mockImplementation(capture);
    const response = await signIn(direct, new CookieJar(), DEMO_ACCOUNTS.admin, "not-the-password-42");
    expect(response.headers.get("location")).toContain("error=CredentialsSignin");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z \[auth\] sign-in refused: wrong e-mail or password$/,
    );
    expect(lines.join("\n")).not.toContain(DEMO_ACCOUNTS.admin);
    expect(lines.join("\n")).not.toContain("not-the-password-42");
  });
});

describe("the per-address sign-in limit", () => {
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    // A Node HTTP server in front of the auth handler, as server.ts is (its
    // request seam records the socket's address first).
    server = http.createServer(async (req, res) => {
      markPeerAddress(req);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const response = await Auth(
        new Request(`http://localhost:3000${req.url}`, {
          method: req.method,
          headers,
          body: req.method === "POST" ? Buffer.concat(chunks) : undefined,
        }),
        config,
      );
      const out: http.OutgoingHttpHeaders = Object.fromEntries(
        [...response.headers].filter(([name]) => name !== "set-cookie"),
      );
      const cookies = response.headers.getSetCookie();
      if (cookies.length) out["set-cookie"] = cookies;
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, out).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const overHttp: Send = async (path, init = {}) => {
    const response = await fetch(`${base}/api/auth/${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: init.headers,
      redirect: "manual",
    });
    return response;
  };

  it("counts the socket's address: a client-written X-Forwarded-For neither spreads failures nor escapes the pause", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const jar = new CookieJar();
    for (let i = 0; i < ADDRESS_FREE_ATTEMPTS; i += 1) {
      // A different address each time: only the per-IP limit can add them up.
      const response = await signIn(overHttp, jar, `spoof.${i}@example.org`, "wrong-password", {
        "x-forwarded-for": "10.66.0.1",
        "x-real-ip": "10.66.0.1",
      });
      expect(response.headers.get("location")).toContain("code=credentials");
    }
    const next = await signIn(overHttp, jar, "spoof.next@example.org", "wrong-password", {
      "x-forwarded-for": "10.66.0.2",
      "x-real-ip": "10.66.0.2",
    });
    expect(next.headers.get("location")).toContain("code=rate_limited");
    // Even the right password of a real account waits, from this address.
    const real = await signIn(overHttp, jar, DEMO_ACCOUNTS.rtcBishkek, DEMO_PASSWORD, {
      "x-forwarded-for": "198.51.100.9",
    });
    expect(real.headers.get("location")).toContain("code=rate_limited");
  });
});

describe("session lifetimes", () => {
  const start = new Date("2030-03-04T08:00:00Z");
  const at = (seconds: number) => vi.setSystemTime(new Date(start.getTime() + seconds * 1000));

  it("a session used all day still ends SESSION_ABSOLUTE_SECONDS after signing in", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at(0);
    const jar = new CookieJar();
    await signIn(direct, jar, DEMO_ACCOUNTS.staffEurope, DEMO_PASSWORD);
    expect((await session(jar))?.uid).toBeTruthy();
    // A request every (idle limit − 5 min) keeps it going …
    const step = SESSION_IDLE_SECONDS - 300;
    let elapsed = 0;
    while (elapsed + step < SESSION_ABSOLUTE_SECONDS) {
      elapsed += step;
      at(elapsed);
      expect(await session(jar), `after ${elapsed / 3600} h`).toMatchObject({ uid: expect.any(String) });
    }
    // … until the absolute limit.
    at(SESSION_ABSOLUTE_SECONDS);
    expect(await session(jar)).toBeNull();
    expect(jar.get("session-token")).toBeUndefined();
  });

  it("a session left alone ends after SESSION_IDLE_SECONDS", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at(0);
    const jar = new CookieJar();
    await signIn(direct, jar, DEMO_ACCOUNTS.staffEurope, DEMO_PASSWORD);
    const copy = jar.header();
    at(SESSION_IDLE_SECONDS - 60);
    expect(await session(jar)).toMatchObject({ uid: expect.any(String) });
    // The copy made at sign-in was not renewed: it is over.
    at(SESSION_IDLE_SECONDS + 60);
    const stale = await direct("session", { headers: { cookie: copy } });
    expect(await stale.json()).toBeNull();
  });

  it("values are the documented ones: 2 h idle, 12 h absolute", () => {
    expect(SESSION_IDLE_SECONDS).toBe(2 * 3600);
    expect(SESSION_ABSOLUTE_SECONDS).toBe(12 * 3600);
  });
});

describe("signing out", () => {
  it("ends the session on the server: a copy of the cookie no longer belongs to a user", async () => {
    const signOut = vi.fn(async () => {});
    vi.doMock("@/lib/auth/auth", () => ({ signIn: vi.fn(), signOut }));
    const { signOutAction } = await import("@/lib/actions/auth");
    const { setTestUser } = await import("../support/test-session");

    const jar = new CookieJar();
    await signIn(direct, jar, DEMO_ACCOUNTS.staffEurope, DEMO_PASSWORD);
    const copied = await session(jar);
    const user = await findSessionUser(copied!.uid!, copied!.sv!);
    expect(user?.email).toBe(DEMO_ACCOUNTS.staffEurope);

    setTestUser(user);
    const form = new FormData();
    form.set("locale", "fr");
    await signOutAction(form);
    setTestUser(null);
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/fr" });
    // The copied cookie is no session anywhere (issue 18, item 9: /api/auth/session checks the version too).
    expect(await session(jar)).toBeNull();
    expect(await findSessionUser(copied!.uid!, copied!.sv!)).toBeNull();
    // A new sign-in works again.
    const fresh = new CookieJar();
    await signIn(direct, fresh, DEMO_ACCOUNTS.staffEurope, DEMO_PASSWORD);
    const next = await session(fresh);
    expect(await findSessionUser(next!.uid!, next!.sv!)).toMatchObject({ email: DEMO_ACCOUNTS.staffEurope });
    vi.doUnmock("@/lib/auth/auth");
  });
});
