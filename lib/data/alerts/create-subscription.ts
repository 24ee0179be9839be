import "server-only";
import { prisma } from "@/lib/db/client";
import { claimAttempt } from "@/lib/data/users/claim-sign-in-attempt";
import { newConfirmToken } from "@/lib/security/alert-tokens";
import type { SubscribeInput } from "@/lib/validation/alerts";
import { alertTargetNames, findAlertTarget } from "./find-alert-targets";

// A visitor asks to follow something. The request is claimed against the
// limits first (per address asked for and per requesting IP, counted and
// recorded in one transaction under the keys' advisory locks, like sign-in:
// concurrent requests are counted one after another). Then a pending
// subscription with a confirmation token; nothing else is sent until it is
// confirmed. The answer is the same whether or not the address already
// follows anything: every accepted request mails a confirmation link.

export const SUBSCRIBE_WINDOW_MS = 60 * 60 * 1000;
export const MAX_SUBSCRIBES_PER_EMAIL = 5;
export const MAX_SUBSCRIBES_PER_IP = 20;
export const CONFIRM_LINK_HOURS = 48;

export const alertKeys = (email: string, ip: string) => ({
  email: `alert:email:${email.trim().toLowerCase()}`,
  ip: `alert:ip:${ip}`,
});

export type SubscribeResult =
  | { ok: true; confirmation: { to: string; token: string; subscriptionId: string; targetName: string } }
  | { ok: false; reason: "limited" | "unknownTarget" };

export async function createSubscription(
  input: SubscribeInput,
  ip: string,
  now = new Date(),
): Promise<SubscribeResult> {
  const target = await findAlertTarget(input.scope, input.target);
  if (!target) return { ok: false, reason: "unknownTarget" };
  const keys = alertKeys(input.email, ip);
  const { allowed } = await claimAttempt(
    [keys.email, keys.ip],
    new Date(now.getTime() - SUBSCRIBE_WINDOW_MS),
    ([forEmail, forIp]) => forEmail.count < MAX_SUBSCRIBES_PER_EMAIL && forIp.count < MAX_SUBSCRIBES_PER_IP,
    now,
  );
  if (!allowed) return { ok: false, reason: "limited" };
  const { token, hash } = newConfirmToken();
  const subscription = await prisma.$transaction(async (tx) => {
    // INSERT … ON CONFLICT DO NOTHING, then read: two requests for a new address at once both
    // find the one row (an upsert would let the second fail on the unique key).
    await tx.alertSubscriber.createMany({ data: [{ email: input.email }], skipDuplicates: true });
    const subscriber = await tx.alertSubscriber.findUniqueOrThrow({
      where: { email: input.email },
      select: { id: true },
    });
    return tx.alertSubscription.create({
      data: {
        subscriberId: subscriber.id,
        scope: target.scope,
        targetId: target.id,
        content: input.content,
        frequency: input.frequency,
        locale: input.language,
        confirmTokenHash: hash,
        confirmExpiresAt: new Date(now.getTime() + CONFIRM_LINK_HOURS * 3600 * 1000),
      },
      select: { id: true },
    });
  });
  const names = await alertTargetNames([{ scope: target.scope, targetId: target.id }], input.language);
  return {
    ok: true,
    confirmation: { to: input.email, token, subscriptionId: subscription.id, targetName: names.get(target.id) ?? "" },
  };
}
