// Issue 18, items 6, 7 and 8: the limits hold when attempts come at once,
// and nobody can lock someone else's account.
// - Sign-in: every attempt is claimed (counted and recorded in one
//   transaction) before the password is checked, so 20 wrong passwords sent
//   at the same moment are checked no more often than 20 sent in turn.
// - Password reset: the same atomic claim; and the database keeps one live
//   link per account.
// - Progressive slow-down: wrong passwords from one address slow that address
//   down; the account's owner, from another address, still signs in with the
//   right password (a little later), never locked out.
// The portal's real next-auth configuration runs through @auth/core, with the
// peer address set as the portal's Node server sets it.
process.env.AUTH_SECRET ??= "integration-secret-integration-secret-0123";

import { Auth } from "@auth/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { authConfig } from "@/lib/auth/config";
import {
  ACCOUNT_FREE_FAILURES,
  ADDRESS_FREE_ATTEMPTS,
  PAIR_FREE_ATTEMPTS,
  accountDelay,
  waitAfter,
} from "@/lib/auth/rate-limit";
import { checkUserToken } from "@/lib/data/users/manage-user-tokens";
import { issuePasswordReset, MAX_RESETS_PER_EMAIL, recordPasswordResetRequest } from "@/lib/data/users/reset-password";
import { installPeerAddressHeader } from "@/lib/http/peer-address";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/keys";

const config = { ...authConfig(), basePath: "/api/auth" };
const peerHeader = installPeerAddressHeader();

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** One browser: a CSRF token and its cookie, fetched first (as an attacker would, many at once). */
async function browser(address: string) {
  const csrf = await Auth(
    new Request("http://localhost:3000/api/auth/csrf", { headers: { [peerHeader]: address } }),
    config,
  );
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return { address, cookie, csrfToken };
}

type Browser = Awaited<ReturnType<typeof browser>>;

/** Sends the sign-in form; the outcome as next-auth reports it in its redirect. */
async function signIn(from: Browser, email: string, password: string) {
  const response = await Auth(
    new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      body: new URLSearchParams({ email, password, csrfToken: from.csrfToken, callbackUrl: "/en/staff" }),
      headers: {
        cookie: from.cookie,
        "content-type": "application/x-www-form-urlencoded",
        [peerHeader]: from.address,
      },
    }),
    config,
  );
  const location = response.headers.get("location") ?? "";
  if (location.includes("code=rate_limited")) return "waiting";
  if (location.includes("error=")) return "wrong";
  return response.headers.getSetCookie().some((c) => c.includes("session-token")) ? "signed-in" : location;
}

const quiet = () => vi.spyOn(console, "warn").mockImplementation(() => {});

describe("sign-in attempts sent at the same moment (item 6)", () => {
  it("20 wrong passwords for one account from one address: only the free attempts are checked", async () => {
    quiet();
    const browsers = await Promise.all(Array.from({ length: 20 }, () => browser("192.0.2.10")));
    const outcomes = await Promise.all(browsers.map((b, i) => signIn(b, DEMO_ACCOUNTS.rtcBishkek, `wrong-${i}`)));
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(PAIR_FREE_ATTEMPTS);
    expect(outcomes.filter((o) => o === "waiting")).toHaveLength(20 - PAIR_FREE_ATTEMPTS);
  });

  it("30 wrong passwords for 30 accounts from one address: the per-address count holds too", async () => {
    quiet();
    const browsers = await Promise.all(Array.from({ length: 30 }, () => browser("192.0.2.11")));
    const outcomes = await Promise.all(browsers.map((b, i) => signIn(b, `spray.${i}@example.org`, "wrong")));
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(ADDRESS_FREE_ATTEMPTS);
    expect(outcomes.filter((o) => o === "waiting")).toHaveLength(30 - ADDRESS_FREE_ATTEMPTS);
  });
});

describe("wrong passwords slow down, they never lock the owner out (item 8)", () => {
  it("after many wrong passwords from one address, the right one works from another, slowed a little", async () => {
    quiet();
    vi.useFakeTimers({ toFake: ["Date"] });
    let now = Date.now();
    const attacker = await browser("203.0.113.66");
    // Many wrong passwords, each sent when the address may try again.
    const failures = ACCOUNT_FREE_FAILURES + 3;
    for (let i = 0; i < failures; i += 1) {
      now += waitAfter(i, PAIR_FREE_ATTEMPTS);
      vi.setSystemTime(now);
      expect(await signIn(attacker, DEMO_ACCOUNTS.staffEurope, `guess-${i}`)).toBe("wrong");
    }
    // The attacker's next try, right away, must wait.
    expect(await signIn(attacker, DEMO_ACCOUNTS.staffEurope, "guess-again")).toBe("waiting");
    // The owner, from their own address, signs in with the right password, held back a little.
    const owner = await browser("198.51.100.20");
    const started = performance.now();
    expect(await signIn(owner, DEMO_ACCOUNTS.staffEurope, DEMO_PASSWORD)).toBe("signed-in");
    expect(performance.now() - started).toBeGreaterThanOrEqual(accountDelay(failures) - 50);
    expect(accountDelay(failures)).toBeGreaterThan(0);
    // A success forgets the account's failures: the next sign-in is not held back.
    expect(await prisma.signInAttempt.count({ where: { key: `email:${DEMO_ACCOUNTS.staffEurope}` } })).toBe(0);
  });

  it("the right password works after five wrong ones from anywhere, the case that used to lock the account", async () => {
    quiet();
    const strangers = await Promise.all([1, 2, 3, 4, 5].map((n) => browser(`203.0.113.${n}`)));
    for (const stranger of strangers) expect(await signIn(stranger, DEMO_ACCOUNTS.admin, "not-it")).toBe("wrong");
    expect(await signIn(await browser("198.51.100.21"), DEMO_ACCOUNTS.admin, DEMO_PASSWORD)).toBe("signed-in");
  });
});

describe("password reset requests sent at the same moment (item 7)", () => {
  it("ten requests for one address: only the limit's number go through", async () => {
    const email = DEMO_ACCOUNTS.rtcBishkek;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => recordPasswordResetRequest({ email, ip: "192.0.2.77" })),
    );
    expect(answers.filter((a) => !a.limited)).toHaveLength(MAX_RESETS_PER_EMAIL);
  });

  it("links issued at the same moment: the database keeps one live link", async () => {
    const email = DEMO_ACCOUNTS.staffEurope;
    const mails = await Promise.all([1, 2, 3, 4, 5].map(() => issuePasswordReset({ email })));
    const sent = mails.filter((m) => m !== null);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await prisma.userToken.count({ where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null } })).toBe(1);
    const valid = await Promise.all(sent.map((m) => checkUserToken(m!.token)));
    expect(valid.filter((v) => v.ok)).toHaveLength(1);
  });
});
