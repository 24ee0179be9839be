import "server-only";
import { prisma } from "@/lib/db/client";
import { claimAttempt } from "@/lib/data/users/claim-sign-in-attempt";
import { hashConfirmToken, manageToken } from "@/lib/security/alert-tokens";
import { MAX_SUBSCRIBES_PER_IP, SUBSCRIBE_WINDOW_MS } from "./create-subscription";

// The confirmation link, followed (a button on the page it opens, so that a
// mail scanner fetching the link confirms nothing). A confirmed subscription
// replaces the subscriber's earlier one to the same target.

export type ConfirmResult = { ok: true; manageToken: string } | { ok: false; reason: "limited" | "invalid" };

export async function confirmSubscription(token: string, ip: string, now = new Date()): Promise<ConfirmResult> {
  // Guessing tokens is limited per IP like subscribing (keys of their own).
  const { allowed } = await claimAttempt(
    [`alert:confirm-ip:${ip}`],
    new Date(now.getTime() - SUBSCRIBE_WINDOW_MS),
    ([forIp]) => forIp.count < MAX_SUBSCRIBES_PER_IP * 3,
    now,
  );
  if (!allowed) return { ok: false, reason: "limited" };
  return prisma.$transaction(async (tx) => {
    const pending = await tx.alertSubscription.findUnique({
      where: { confirmTokenHash: hashConfirmToken(token) },
      select: {
        id: true,
        subscriberId: true,
        scope: true,
        targetId: true,
        confirmExpiresAt: true,
        subscriber: { select: { linkVersion: true } },
      },
    });
    if (!pending || !pending.confirmExpiresAt || pending.confirmExpiresAt <= now)
      return { ok: false, reason: "invalid" };
    await tx.alertSubscription.deleteMany({
      where: {
        subscriberId: pending.subscriberId,
        scope: pending.scope,
        targetId: pending.targetId,
        id: { not: pending.id },
        confirmedAt: { not: null },
      },
    });
    await tx.alertSubscription.update({
      where: { id: pending.id },
      data: { confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
    });
    await tx.alertSubscriber.update({
      where: { id: pending.subscriberId },
      // A confirmation proves the address works again.
      data: { confirmedAt: now, bouncedAt: null },
    });
    return { ok: true, manageToken: manageToken(pending.subscriberId, pending.subscriber.linkVersion) };
  });
}
