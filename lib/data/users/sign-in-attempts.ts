import "server-only";
import { prisma } from "@/lib/db/client";

// Failed sign-ins, counted in the database so every instance behind a load
// balancer sees the same numbers. The policy (keys, windows, limits) is in
// lib/auth/rate-limit.ts.

/** How many failures each key has had since `since` (one query per key, in parallel). */
export async function countSignInFailures(keys: string[], since: Date): Promise<number[]> {
  return Promise.all(keys.map((key) => prisma.signInAttempt.count({ where: { key, createdAt: { gte: since } } })));
}

export async function recordSignInFailures(keys: string[]) {
  await prisma.signInAttempt.createMany({ data: keys.map((key) => ({ key })) });
}

export async function clearSignInFailures(key: string) {
  await prisma.signInAttempt.deleteMany({ where: { key } });
}

/** Keeps the table small: attempts older than `before` are of no use. */
export async function forgetSignInFailures(before: Date) {
  await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: before } } });
}
