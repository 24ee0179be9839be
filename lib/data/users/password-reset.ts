import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import type { AppLocale } from "@/i18n/routing";
import { issueUserToken } from "./user-tokens";

// "Forgot your password?": rate-limited per e-mail and per IP in the same
// table as failed sign-ins (keys prefixed "reset:", so the two never mix),
// and silent about whether an account exists.

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
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  const [forAccount, forAddress] = await Promise.all([
    prisma.signInAttempt.count({ where: { key: keys.account, createdAt: { gte: since } } }),
    prisma.signInAttempt.count({ where: { key: keys.ip, createdAt: { gte: since } } }),
  ]);
  if (forAccount >= MAX_RESETS_PER_EMAIL || forAddress >= MAX_RESETS_PER_IP) return { limited: true };
  await prisma.signInAttempt.createMany({
    data: [
      { key: keys.account, createdAt: now },
      { key: keys.ip, createdAt: now },
    ],
  });
  return { limited: false };
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
  const issued = await prisma.$transaction(async (tx) => {
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
  return { to: user.email, name: user.name, locale: user.preferredLocale, ...issued };
}
