import "server-only";
import { claimAttempt, clearAttempts, forgetAttempts, type KeyStats } from "@/lib/data/users/claim-sign-in-attempt";

// The sign-in limits: progressive slow-down, never a lockout (README,
// "Security"). Every attempt is claimed before the password is checked
// (lib/data/users/claim-sign-in-attempt.ts: counted and recorded in one
// transaction, so attempts sent at the same moment queue up), and counts as a
// failure until it succeeds; a success clears the account's counts.
//
// - From one address, for one account, and from one address for all
//   accounts: the first attempts go through at once, then each must wait
//   twice as long as the one before (1 s, 2 s, 4 s … up to 5 minutes) after
//   the last. An attempt sent before its time is refused ("wait, then try
//   again") and not counted. So one address can guess a few passwords a
//   minute at most, and concurrent requests gain nothing.
// - For one account from every address: each failure beyond a few makes the
//   next check of that account's password wait a little longer on the server
//   (up to ACCOUNT_MAX_DELAY_MS), but never refuses it. Someone who does not
//   know the password cannot lock the account: its owner, from their own
//   address, signs in with the right password, at worst a few seconds later.

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Attempts one address may make for one account before waits begin. */
export const PAIR_FREE_ATTEMPTS = 3;
/** Attempts one address may make over all accounts before waits begin. */
export const ADDRESS_FREE_ATTEMPTS = 10;
/** The longest wait between two attempts from one address. */
export const MAX_WAIT_MS = 5 * 60 * 1000;
/** Failures of an account (from anywhere) before its checks are slowed down. */
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_DELAY_STEP_MS = 500;
export const ACCOUNT_MAX_DELAY_MS = 5000;

const keys = (email: string, ip: string) => {
  const account = email.trim().toLowerCase();
  return { address: `ip:${ip}`, pair: `pair:${account}|${ip}`, account: `email:${account}` };
};

/** How long after the last attempt the next may come, given how many came before it. */
export function waitAfter(count: number, free: number): number {
  return count < free ? 0 : Math.min(1000 * 2 ** (count - free), MAX_WAIT_MS);
}

/** How long an account's password check is held back, given its failures (from every address). */
export function accountDelay(failures: number): number {
  return failures < ACCOUNT_FREE_FAILURES
    ? 0
    : Math.min((failures - ACCOUNT_FREE_FAILURES + 1) * ACCOUNT_DELAY_STEP_MS, ACCOUNT_MAX_DELAY_MS);
}

const ready = (stats: KeyStats, free: number, now: number) =>
  !stats.last || now - stats.last.getTime() >= waitAfter(stats.count, free);

export type SignInClaim = { allowed: false } | { allowed: true; delayMs: number; ids: string[] };

/**
 * Claims one sign-in attempt before the password is checked: refused while
 * the address (for this account, or for all) must still wait; otherwise
 * recorded, with how long to hold the check back for this account.
 */
export async function claimSignInAttempt(email: string, ip: string, now = new Date()): Promise<SignInClaim> {
  const k = keys(email, ip);
  const { allowed, stats, ids } = await claimAttempt(
    [k.address, k.pair, k.account],
    new Date(now.getTime() - SIGN_IN_WINDOW_MS),
    ([address, pair]) =>
      ready(address, ADDRESS_FREE_ATTEMPTS, now.getTime()) && ready(pair, PAIR_FREE_ATTEMPTS, now.getTime()),
    now,
  );
  // Keep the table small: drop attempts older than a day now and then.
  if (Math.random() < 0.05) await forgetAttempts(new Date(now.getTime() - 24 * 3600 * 1000));
  return allowed ? { allowed: true, delayMs: accountDelay(stats[2].count), ids } : { allowed: false };
}

/**
 * A successful sign-in (or a new password): the account's failures, from
 * every address, are forgotten, and so is the successful attempt itself (`ids`
 * of its claim), so that colleagues signing in from one office address never
 * add up to a wait.
 */
export async function clearSignInFailures(email: string, claimIds: string[] = []) {
  const k = keys(email, "");
  await clearAttempts({ keys: [k.account], prefixes: [k.pair], ids: claimIds });
}
