import "server-only";
import { prisma } from "@/lib/db/client";
import { readManageToken } from "@/lib/security/alert-tokens";
import type { AppLocale } from "@/i18n/routing";
import { alertTargetNames } from "./find-alert-targets";

// A subscriber's own page, reached from the link in every alert (no account):
// the confirmed subscriptions, each with its unsubscribe button.

async function subscriberOf(token: string | null | undefined): Promise<string | null> {
  const read = readManageToken(token);
  if (!read) return null;
  const subscriber = await prisma.alertSubscriber.findUnique({
    where: { id: read.subscriberId },
    select: { id: true, linkVersion: true },
  });
  return subscriber && subscriber.linkVersion === read.version ? subscriber.id : null;
}

export async function getManagedSubscriptions(token: string | null | undefined, locale: AppLocale) {
  const subscriberId = await subscriberOf(token);
  if (!subscriberId) return null;
  const subscriptions = await prisma.alertSubscription.findMany({
    where: { subscriberId, confirmedAt: { not: null } },
    orderBy: { confirmedAt: "asc" },
    select: { id: true, scope: true, targetId: true, content: true, frequency: true, locale: true },
  });
  const names = await alertTargetNames(subscriptions, locale);
  return subscriptions.map((s) => ({ ...s, name: names.get(s.targetId) ?? "" }));
}

/**
 * Ends one subscription of the token's subscriber, or every one
 * (`subscriptionId` null): their pending alerts are cancelled. False when the
 * token is not valid; true otherwise, even when there was nothing to end.
 */
export async function unsubscribe(token: string | null | undefined, subscriptionId: string | null): Promise<boolean> {
  const subscriberId = await subscriberOf(token);
  if (!subscriberId) return false;
  await prisma.$transaction(async (tx) => {
    await tx.alertSubscription.deleteMany({
      where: { subscriberId, ...(subscriptionId ? { id: subscriptionId } : {}) },
    });
    const left = await tx.alertSubscription.count({ where: { subscriberId, confirmedAt: { not: null } } });
    // Nothing followed any more: no alert waiting for a digest goes out.
    if (left === 0)
      await tx.alertDelivery.updateMany({
        where: { subscriberId, status: "PENDING" },
        data: { status: "CANCELLED" },
      });
  });
  return true;
}

/** The subscriber's own erasure from the manage page: the address and everything about it. */
export async function forgetSubscriber(token: string | null | undefined): Promise<boolean> {
  const subscriberId = await subscriberOf(token);
  if (!subscriberId) return false;
  await prisma.alertSubscriber.deleteMany({ where: { id: subscriberId } });
  return true;
}
