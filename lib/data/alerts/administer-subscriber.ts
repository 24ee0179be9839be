import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { alertTargetNames } from "./find-alert-targets";

// A subscriber's request to an administrator (right of access and erasure):
// everything stored about one address, or its erasure. Both are audited by
// the subscriber's id and counts; the address itself is never written to the
// audit log, and staff other than administrators never see it.

/** Everything stored about `email`, or null when the address is not stored. Audited. */
export async function exportSubscriber(actor: Actor, email: string) {
  assertCan(actor, "alerts.manage");
  return prisma.$transaction(async (tx) => {
    const subscriber = await tx.alertSubscriber.findUnique({
      where: { email },
      select: {
        id: true,
        email: true,
        createdAt: true,
        confirmedAt: true,
        bouncedAt: true,
        subscriptions: {
          orderBy: { createdAt: "asc" },
          select: {
            scope: true,
            targetId: true,
            content: true,
            frequency: true,
            locale: true,
            createdAt: true,
            confirmedAt: true,
          },
        },
        deliveries: {
          orderBy: { createdAt: "asc" },
          select: {
            status: true,
            frequency: true,
            locale: true,
            dueAt: true,
            sentAt: true,
            attempts: true,
            lastError: true,
            createdAt: true,
            event: { select: { recordKind: true, recordId: true } },
          },
        },
      },
    });
    if (!subscriber) return null;
    await writeAudit(tx, {
      actorId: actor.id,
      action: "alertSubscriber.export",
      entityType: "AlertSubscriber",
      entityId: subscriber.id,
      after: { subscriptions: subscriber.subscriptions.length, deliveries: subscriber.deliveries.length },
    });
    const names = await alertTargetNames(subscriber.subscriptions, "en");
    const { id: _id, deliveries, subscriptions, ...address } = subscriber;
    return {
      ...address,
      subscriptions: subscriptions.map(({ targetId, ...s }) => ({ ...s, follows: names.get(targetId) ?? targetId })),
      alerts: deliveries.map(({ event, ...d }) => ({ ...d, record: `${event.recordKind}:${event.recordId}` })),
    };
  });
}

export type SubscriberExport = NonNullable<Awaited<ReturnType<typeof exportSubscriber>>>;

/** Erases `email` with its subscriptions and alerts; false when it was not stored. Audited. */
export async function eraseSubscriber(actor: Actor, email: string): Promise<boolean> {
  assertCan(actor, "alerts.manage");
  return prisma.$transaction(async (tx) => {
    const subscriber = await tx.alertSubscriber.findUnique({
      where: { email },
      select: { id: true, _count: { select: { subscriptions: true, deliveries: true } } },
    });
    if (!subscriber) return false;
    // Subscriptions and deliveries go with it (ON DELETE CASCADE).
    await tx.alertSubscriber.delete({ where: { id: subscriber.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "alertSubscriber.erase",
      entityType: "AlertSubscriber",
      entityId: subscriber.id,
      before: subscriber._count,
    });
    return true;
  });
}
