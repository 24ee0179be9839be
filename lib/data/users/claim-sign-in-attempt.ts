import "server-only";
import { prisma } from "@/lib/db/client";

// Attempts counted per key (sign-in: account, address, account at address;
// password reset: address asked for, requesting address), in the database so
// every instance behind a load balancer sees the same numbers. The policies
// (keys, windows, limits, waits) are in lib/auth/rate-limit.ts and
// lib/data/users/reset-password.ts.
//
// An attempt is claimed before the work it guards (checking a password,
// sending a mail): counting and recording happen in one transaction, under a
// transaction-scoped advisory lock of each key, so attempts sent at the same
// moment are counted one after another — the 20th concurrent attempt sees the
// 19 before it, exactly as if they had come in turn.

export type KeyStats = { key: string; count: number; last: Date | null };

/**
 * Claims one attempt for every key at once: locks the keys (in a fixed order,
 * so two claims never wait on each other in a cycle), reads each key's
 * attempts since `since`, asks `allow` whether this one may go ahead and, if
 * so, records it under every key. Returns the decision and the counts as they
 * were before this attempt.
 */
export async function claimAttempt(
  keys: string[],
  since: Date,
  allow: (stats: KeyStats[]) => boolean,
  now = new Date(),
): Promise<{ allowed: boolean; stats: KeyStats[]; ids: string[] }> {
  return prisma.$transaction(async (tx) => {
    for (const key of [...new Set(keys)].sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const stats: KeyStats[] = [];
    for (const key of keys) {
      const row = await tx.signInAttempt.aggregate({
        where: { key, createdAt: { gte: since } },
        _count: { _all: true },
        _max: { createdAt: true },
      });
      stats.push({ key, count: row._count._all, last: row._max.createdAt });
    }
    const allowed = allow(stats);
    const recorded = allowed
      ? await tx.signInAttempt.createManyAndReturn({
          data: keys.map((key) => ({ key, createdAt: now })),
          select: { id: true },
        })
      : [];
    return { allowed, stats, ids: recorded.map((row) => row.id) };
  });
}

/** Forgets the attempts of these keys, of every key starting with `prefixes`, and the attempts recorded as `ids`. */
export async function clearAttempts({
  keys = [],
  prefixes = [],
  ids = [],
}: {
  keys?: string[];
  prefixes?: string[];
  ids?: string[];
}) {
  await prisma.signInAttempt.deleteMany({
    where: {
      OR: [{ key: { in: keys } }, { id: { in: ids } }, ...prefixes.map((prefix) => ({ key: { startsWith: prefix } }))],
    },
  });
}

/** Keeps the table small: attempts older than `before` are of no use. */
export async function forgetAttempts(before: Date) {
  await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: before } } });
}
