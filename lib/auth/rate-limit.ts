import "server-only";
import { prisma } from "@/lib/db/client";

// Failed sign-ins are counted in the database, so every instance behind a
// load balancer sees the same numbers.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const keys = (email: string, ip: string) => ({ account: `email:${email.toLowerCase()}`, ip: `ip:${ip}` });

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const k = keys(email, ip);
  const [account, address] = await Promise.all([
    prisma.signInAttempt.count({ where: { key: k.account, createdAt: { gte: since } } }),
    prisma.signInAttempt.count({ where: { key: k.ip, createdAt: { gte: since } } }),
  ]);
  return account >= MAX_FAILURES_PER_ACCOUNT || address >= MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(email: string, ip: string) {
  const k = keys(email, ip);
  await prisma.signInAttempt.createMany({ data: [{ key: k.account }, { key: k.ip }] });
  // Keep the table small: drop attempts older than a day now and then.
  if (Math.random() < 0.05) {
    await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600 * 1000) } } });
  }
}

export async function clearSignInFailures(email: string) {
  await prisma.signInAttempt.deleteMany({ where: { key: keys(email, "").account } });
}
