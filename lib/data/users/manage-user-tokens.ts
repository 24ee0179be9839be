import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, isTokenShaped, newToken, TOKEN_LIFETIME_MS, type UserTokenKind } from "@/lib/auth/tokens";

// Invitation and password-reset links: issued inside the caller's
// transaction, checked by the password page, consumed once.

type Tx = Prisma.TransactionClient;

export type TokenProblem = "invalid" | "expired" | "used";
export type TokenCheck =
  { ok: true; kind: UserTokenKind; email: string; name: string } | { ok: false; problem: TokenProblem };

/** The unique key of a user's live (unused) link of one kind: the database allows one. */
const liveKeyOf = (userId: string, kind: UserTokenKind) => `${userId}:${kind}`;

/**
 * Issues a link of one kind; the user's older unused links of that kind stop
 * working. Two issued at the same moment meet on the unique live key: the
 * second transaction fails (a unique violation) and its link never exists.
 */
export async function issueUserToken(tx: Tx, userId: string, kind: UserTokenKind, now = new Date()) {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]);
  await tx.userToken.deleteMany({ where: { userId, kind, usedAt: null } });
  await tx.userToken.create({
    data: { userId, kind, tokenHash, expiresAt, createdAt: now, liveKey: liveKeyOf(userId, kind) },
  });
  return { token, expiresAt };
}

const tokenSelect = {
  id: true,
  kind: true,
  expiresAt: true,
  usedAt: true,
  userId: true,
  user: { select: { email: true, name: true, active: true } },
} as const;

type TokenRow = Prisma.UserTokenGetPayload<{ select: typeof tokenSelect }>;

function problemOf(row: TokenRow | null, now: Date): TokenProblem | null {
  // A deactivated account's links are as dead as unknown ones (and say no more).
  if (!row || !row.user.active) return "invalid";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

/** What the password page says about a link (one query; never reveals more than name and e-mail of a valid link). */
export async function checkUserToken(token: string, now = new Date()): Promise<TokenCheck> {
  if (!isTokenShaped(token)) return { ok: false, problem: "invalid" };
  const row = await prisma.userToken.findUnique({ where: { tokenHash: hashToken(token) }, select: tokenSelect });
  const problem = problemOf(row, now);
  if (problem || !row) return { ok: false, problem: problem ?? "invalid" };
  return { ok: true, kind: row.kind, email: row.user.email, name: row.user.name };
}

/**
 * Sets the password through a link, once: marks the link used, ends every
 * session of the account and drops its other unused links, in one transaction.
 */
export async function setPasswordWithToken({
  token,
  password,
  now = new Date(),
}: {
  token: string;
  password: string;
  now?: Date;
}) {
  const precheck = await checkUserToken(token, now);
  if (!precheck.ok) return precheck;
  // Hash before the transaction: scrypt takes a while and holds no rows.
  const passwordHash = await hashPassword(password);
  const tokenHash = hashToken(token);
  return prisma.$transaction(async (tx): Promise<TokenCheck & { userId?: string }> => {
    const row = await tx.userToken.findUnique({ where: { tokenHash }, select: tokenSelect });
    const problem = problemOf(row, now);
    if (problem || !row) return { ok: false, problem: problem ?? "invalid" };
    // Two requests racing with one link: only one of them sees it unused.
    const claimed = await tx.userToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now, liveKey: null },
    });
    if (claimed.count === 0) return { ok: false, problem: "used" };
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.userToken.deleteMany({ where: { userId: row.userId, usedAt: null } });
    await writeAudit(tx, {
      actorId: row.userId,
      action: row.kind === "INVITATION" ? "user.acceptInvitation" : "user.resetPassword",
      entityType: "user",
      entityId: row.userId,
      after: { passwordChanged: true, sessionsEnded: true },
    });
    return { ok: true, kind: row.kind, email: row.user.email, name: row.user.name, userId: row.userId };
  });
}
