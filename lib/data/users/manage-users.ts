import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import type { AppLocale } from "@/i18n/routing";
import type { InviteUserInput, UpdateUserInput, UserRoleValue } from "@/lib/validation/users";
import { createOnce } from "@/lib/data/create-once";
import { issueUserToken } from "./manage-user-tokens";
import type { VersionedUpdate } from "@/lib/data/versioned-update";

// Account administration (administrators only). Each function is one
// transaction: permission, checks, write, audit entry. Changing someone's role
// or scope, or deactivating them, bumps sessionVersion: lib/auth/session.ts
// compares it on every staff request, so their open sessions end at once.

type Tx = Prisma.TransactionClient;

const auditSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  structureId: true,
  preferredLocale: true,
  active: true,
  sessionVersion: true,
  version: true,
  passwordHash: true,
  structure: { select: { slug: true } },
} as const;

type AuditRow = Prisma.UserGetPayload<{ select: typeof auditSelect }>;

/** What the audit log keeps of an account: never the password hash, only whether there is one. */
function snapshot(row: AuditRow) {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    structureId: row.structureId,
    structure: row.structure?.slug ?? null,
    preferredLocale: row.preferredLocale,
    active: row.active,
    hasPassword: row.passwordHash !== null,
    sessionVersion: row.sessionVersion,
    version: row.version,
  };
}

/** ROCB staff belong to a ROCB, RTC representatives to an RTC, administrators to nothing. */
async function checkScope(tx: Tx, role: UserRoleValue, structureId: string | undefined | null): Promise<string | null> {
  if (role === "ADMIN") {
    if (structureId) throw new FieldValidationError({ structureId: ["user.scopeNotForAdmin"] });
    return null;
  }
  if (!structureId) throw new FieldValidationError({ structureId: ["user.scopeRequired"] });
  const structure = await tx.structure.findUnique({ where: { id: structureId }, select: { kind: true } });
  const expected = role === "ROCB_STAFF" ? "ROCB" : "RTC";
  if (structure?.kind !== expected)
    throw new FieldValidationError({
      structureId: [role === "ROCB_STAFF" ? "user.scopeMustBeRocb" : "user.scopeMustBeRtc"],
    });
  return structureId;
}

export type InvitationMail = {
  id: string;
  to: string;
  name: string;
  locale: AppLocale;
  token: string;
  expiresAt: Date;
};

/**
 * Creates an account without a password and an invitation link (the caller
 * mails it). The same form token twice creates one account: the repeat gets
 * `{ id, repeated: true }` and no second mail.
 */
export async function inviteUser({
  actor,
  input,
  formToken,
}: {
  actor: Actor;
  input: InviteUserInput;
  formToken: string;
}): Promise<InvitationMail | { id: string; repeated: true }> {
  assertCan(actor, "user.manage");
  try {
    return await createOnce({ userId: actor.id, token: formToken, kind: "invitation" }, async (tx) => {
      const structureId = await checkScope(tx, input.role, input.structureId);
      const email = input.email.trim().toLowerCase();
      if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
        throw new FieldValidationError({ email: ["emailTaken"] });
      const user = await tx.user.create({
        data: { email, name: input.name, role: input.role, structureId, preferredLocale: input.preferredLocale },
        select: auditSelect,
      });
      const link = await issueUserToken(tx, user.id, "INVITATION");
      await writeAudit(tx, {
        actorId: actor.id,
        action: "user.invite",
        entityType: "user",
        entityId: user.id,
        after: snapshot(user),
      });
      return { id: user.id, to: user.email, name: user.name, locale: user.preferredLocale, ...link };
    });
  } catch (error) {
    // Two invitations of one address at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldValidationError({ email: ["emailTaken"] });
    throw error;
  }
}

/** Name, role, scope and language; a role or scope change ends the user's sessions. */
export async function updateUser({
  actor,
  id,
  version,
  input,
}: VersionedUpdate<Omit<UpdateUserInput, "id" | "version">>) {
  return prisma.$transaction(async (tx) => {
    assertCan(actor, "user.manage");
    const before = await tx.user.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw new NotFoundError();
    if (id === actor.id && input.role !== "ADMIN") throw new FieldValidationError({ role: ["user.cannotDemoteSelf"] });
    const structureId = await checkScope(tx, input.role, input.structureId);
    const endSessions = before.role !== input.role || before.structureId !== structureId;
    const updated = await tx.user.updateMany({
      where: { id, version },
      data: {
        name: input.name,
        role: input.role,
        structureId,
        preferredLocale: input.preferredLocale,
        version: { increment: 1 },
        ...(endSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (updated.count === 0) throw new StaleVersionError();
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.update",
      entityType: "user",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return { id, version: after.version, sessionsEnded: endSessions };
  });
}

/** Deactivating ends every session and kills the account's unused links; nobody deactivates themselves. */
export async function setUserActive({
  actor,
  id,
  version,
  active,
}: {
  actor: Actor;
  id: string;
  version: number;
  active: boolean;
}) {
  return prisma.$transaction(async (tx) => {
    assertCan(actor, "user.manage");
    if (!active && id === actor.id) throw new FieldValidationError({ _form: ["user.cannotDeactivateSelf"] });
    const before = await tx.user.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const updated = await tx.user.updateMany({
      where: { id, version },
      data: { active, version: { increment: 1 }, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    if (updated.count === 0) throw new StaleVersionError();
    if (!active) await tx.userToken.deleteMany({ where: { userId: id, usedAt: null } });
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return { id, version: after.version, active };
  });
}

/** A fresh invitation link for an active account that has not set a password yet. */
export async function resendInvitation({ actor, id }: { actor: Actor; id: string }): Promise<InvitationMail> {
  return prisma.$transaction(async (tx) => {
    assertCan(actor, "user.manage");
    const user = await tx.user.findUnique({ where: { id }, select: auditSelect });
    if (!user) throw new NotFoundError();
    if (!user.active) throw new FieldValidationError({ _form: ["user.inactive"] });
    if (user.passwordHash !== null) throw new FieldValidationError({ _form: ["user.invitationAccepted"] });
    const link = await issueUserToken(tx, id, "INVITATION");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.resendInvitation",
      entityType: "user",
      entityId: id,
      after: { email: user.email, expiresAt: link.expiresAt.toISOString() },
    });
    return { id, to: user.email, name: user.name, locale: user.preferredLocale, ...link };
  });
}
