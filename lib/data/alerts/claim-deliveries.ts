import "server-only";
import { prisma } from "@/lib/db/client";
import type { AlertFrequency } from "@/lib/db/generated/client";
import type { AppLocale } from "@/i18n/routing";

// The sending queue (AlertDelivery) as seen by the worker of every instance.
// A claim takes due rows with FOR UPDATE SKIP LOCKED and marks them SENDING
// with a lease in the same statement: two instances never claim one row. A
// row whose lease ran out (its instance died mid-send) is claimed again.

export const LEASE_MS = 5 * 60 * 1000;
export const MAX_ATTEMPTS = 6;

export type ClaimedDelivery = {
  id: string;
  eventId: string;
  subscriberId: string;
  /** The subscription it was queued for (null: queued before subscriptions were recorded, or since ended). */
  subscriptionId: string | null;
  frequency: AlertFrequency;
  locale: AppLocale;
  attempts: number;
  /** Its event's batch (a meeting and its decisions announced together), or null. */
  batch: string | null;
};

export async function claimDueDeliveries(limit: number, now = new Date()): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return prisma.$queryRaw<ClaimedDelivery[]>`
    UPDATE "AlertDelivery" AS d
       SET status = 'SENDING', "leaseUntil" = ${leaseUntil}, attempts = d.attempts + 1
     WHERE d.id IN (
       SELECT id FROM "AlertDelivery"
        WHERE "dueAt" <= ${now}
          AND (status = 'PENDING' OR (status = 'SENDING' AND "leaseUntil" < ${now}))
        ORDER BY "dueAt", "subscriberId"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING d.id, d."eventId", d."subscriberId", d."subscriptionId", d.frequency::text AS frequency,
              d.locale::text AS locale, d.attempts,
              (SELECT e.batch FROM "AlertEvent" e WHERE e.id = d."eventId") AS batch`;
}

export async function markSent(ids: string[], now = new Date()) {
  await prisma.alertDelivery.updateMany({
    where: { id: { in: ids }, status: "SENDING" },
    data: { status: "SENT", sentAt: now, leaseUntil: null, lastError: null },
  });
}

/** A passing SMTP failure: again after 1, 2, 4 … minutes (at most an hour), FAILED after MAX_ATTEMPTS. */
export async function markRetry(rows: ClaimedDelivery[], error: string, now = new Date()) {
  for (const row of rows) {
    const last = row.attempts >= MAX_ATTEMPTS;
    await prisma.alertDelivery.updateMany({
      where: { id: row.id, status: "SENDING" },
      data: {
        status: last ? "FAILED" : "PENDING",
        leaseUntil: null,
        lastError: error.slice(0, 500),
        dueAt: new Date(now.getTime() + Math.min(60_000 * 2 ** (row.attempts - 1), 3600_000)),
      },
    });
  }
}

/** A permanent refusal (5xx): the address gets nothing more until it confirms again. */
export async function markBounced(subscriberId: string, ids: string[], error: string, now = new Date()) {
  await prisma.$transaction([
    prisma.alertSubscriber.updateMany({ where: { id: subscriberId }, data: { bouncedAt: now } }),
    prisma.alertDelivery.updateMany({
      where: { id: { in: ids } },
      data: { status: "FAILED", leaseUntil: null, lastError: error.slice(0, 500) },
    }),
    prisma.alertDelivery.updateMany({
      where: { subscriberId, status: "PENDING" },
      data: { status: "CANCELLED" },
    }),
  ]);
}

/** Unconfirmed subscriptions older than 7 days, and addresses left with nothing confirmed, are deleted. */
export async function forgetUnconfirmed(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const [, subscribers] = await prisma.$transaction([
    prisma.alertSubscription.deleteMany({ where: { confirmedAt: null, createdAt: { lt: before } } }),
    prisma.alertSubscriber.deleteMany({
      where: { confirmedAt: null, createdAt: { lt: before }, subscriptions: { none: {} } },
    }),
  ]);
  return subscribers.count;
}
