import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import type { AppLocale } from "@/i18n/routing";
import { claimAttempt } from "./claim-sign-in-attempt";
import { issueUserToken } from "./manage-user-tokens";
import { isUniqueViolation } from "@/lib/errors/database";

// "Forgot your password?": rate-limited per e-mail and per IP in the same
// table as failed sign-ins (keys prefixed "reset:", so the two never mix),
// and silent about whether an account exists. Each request is claimed
// atomically (counted and recorded in one transaction under the keys' locks,
// sign-in-attempts.ts), so ten requests sent at once are counted one after
// another; and the database keeps one live link per account (UserToken.liveKey).

export const RESET_WINDOW_MS = 60 * 60 * 1000;
export const MAX_RESETS_PER_EMAIL = 3;
export const MAX_RESETS_PER_IP = 10;

export const resetKeys = (email: string, ip: string) => ({
  account: `reset:email:${email.trim().toLowerCase()}`,
  ip: `reset:ip:${ip}`,
});

export type ResetMail = { to: string; name: string; locale: AppLocale; token: string; expiresAt: Date };

/**
 * Step 1, on the response path: the limits, and the request recorded. The
 * same queries whether or not the account exists, so the answer's timing
 * says nothing about it.
 */
export async function recordPasswordResetRequest({
  email,
  ip,
  now = new Date(),
}: {
  email: string;
  ip: string;
  now?: Date;
}): Promise<{ limited: boolean }> {
  const keys = resetKeys(email, ip);
  const { allowed } = await claimAttempt(
    [keys.account, keys.ip],
    new Date(now.getTime() - RESET_WINDOW_MS),
    ([forAccount, forAddress]) => forAccount.count < MAX_RESETS_PER_EMAIL && forAddress.count < MAX_RESETS_PER_IP,
    now,
  );
  return { limited: !allowed };
}

/**
 * Step 2, after the response (the caller queues it): when the account exists
 * and is active, a reset link. The mail must never reach the visitor (the
 * caller sends it).
 */
export async function issuePasswordReset({
  email,
  now = new Date(),
}: {
  email: string;
  now?: Date;
}): Promise<ResetMail | null> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, active: true, preferredLocale: true },
  });
  if (!user || !user.active) return null;
  let issued;
  try {
    issued = await prisma.$transaction(async (tx) => {
      const link = await issueUserToken(tx, user.id, "PASSWORD_RESET", now);
      // Requested by whoever knew the address: no actor.
      await writeAudit(tx, {
        actorId: null,
        action: "user.requestPasswordReset",
        entityType: "user",
        entityId: user.id,
        after: { expiresAt: link.expiresAt.toISOString() },
      });
      return link;
    });
  } catch (error) {
    // Another request issued this account's link at the same moment: that one is the live link, no second mail.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  return { to: user.email, name: user.name, locale: user.preferredLocale, ...issued };
}
