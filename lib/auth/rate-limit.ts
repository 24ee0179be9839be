import "server-only";
import {
  clearSignInFailures as clearKey,
  countSignInFailures,
  forgetSignInFailures,
  recordSignInFailures,
} from "@/lib/data/users/sign-in-attempts";

// The sign-in limits: at most MAX_FAILURES_PER_ACCOUNT failures per account
// and MAX_FAILURES_PER_IP per address within the window. The counts live in
// the database (lib/data/users/sign-in-attempts.ts).
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const keys = (email: string, ip: string) => ({ account: `email:${email.toLowerCase()}`, ip: `ip:${ip}` });

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const k = keys(email, ip);
  const [account, address] = await countSignInFailures([k.account, k.ip], new Date(Date.now() - SIGN_IN_WINDOW_MS));
  return account >= MAX_FAILURES_PER_ACCOUNT || address >= MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(email: string, ip: string) {
  const k = keys(email, ip);
  await recordSignInFailures([k.account, k.ip]);
  // Keep the table small: drop attempts older than a day now and then.
  if (Math.random() < 0.05) await forgetSignInFailures(new Date(Date.now() - 24 * 3600 * 1000));
}

export async function clearSignInFailures(email: string) {
  await clearKey(keys(email, "").account);
}
