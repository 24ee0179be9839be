import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";

export type SessionUser = Actor & { email: string; name: string; preferredLocale: string };

export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  sessionVersion: true,
  structureId: true,
  preferredLocale: true,
  structure: { select: { regionId: true } },
} as const satisfies Prisma.UserSelect;

type SessionUserRow = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

/** The session facts of a user row (the region is the one of their structure). */
export function toSessionUser(user: SessionUserRow): SessionUser {
  const { id, email, name, role, structureId, preferredLocale } = user;
  return { id, email, name, role, structureId, regionId: user.structure?.regionId ?? null, preferredLocale };
}

/** The user behind a session, if still active and the session not revoked. */
export async function findSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await prisma.user.findUnique({ where: { id }, select: sessionUserSelect });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return toSessionUser(user);
}

/** Whether a session cookie's version is still the account's (and the account active): one indexed count. */
export async function isSessionCurrent(id: string, sessionVersion: number): Promise<boolean> {
  return (await prisma.user.count({ where: { id, active: true, sessionVersion } })) > 0;
}

/** Checks e-mail and password; returns the session facts or null. */
export async function verifyCredentials(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok || !user.active) return null;
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/**
 * Signing out: raises the session version, so every session cookie of the
 * account stops working at once, including copies (requests re-check it in
 * findSessionUser).
 */
export async function endUserSessions(userId: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
