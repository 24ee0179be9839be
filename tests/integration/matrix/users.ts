// Authorization matrix cases of the user administration: administrators only.
import { prisma } from "@/lib/db/client";
import {
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  resendInvitationAction,
  updateUserAction,
} from "@/lib/actions/users";
import { newFormToken } from "@/lib/data/create-once";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { onlyAdmin, type MatrixCase } from "./types";

let counter = 0;
const uniqueEmail = (kind: string) => `matrix.${kind}.${Date.now().toString(36)}.${(counter += 1)}@portal.test`;

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, String(value));
  return data;
}

async function structureId(slug: string) {
  return (await prisma.structure.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** A fresh RTC Bishkek account (optionally inactive or still invited) to act on. */
async function targetUser({ active = true, invited = false } = {}) {
  return prisma.user.create({
    data: {
      email: uniqueEmail("target"),
      name: "Matrix Target",
      role: "RTC_REP",
      structureId: await structureId(SEED_SLUGS.rtcBishkek),
      active,
      passwordHash: invited ? null : "scrypt$32768$8$1$c2FsdA$aGFzaA",
    },
  });
}

/** Every row a user mutation may touch: the account, its links and its audit entries. */
function userSnapshot(id: string) {
  return async () => {
    const [user, tokens, audit] = await Promise.all([
      prisma.user.findUnique({ where: { id }, omit: { updatedAt: true } }),
      prisma.userToken.findMany({ where: { userId: id }, orderBy: { id: "asc" } }),
      prisma.auditLog.count({ where: { entityType: "user", entityId: id } }),
    ]);
    return { user, tokens, audit };
  };
}

export const usersMatrixCases: MatrixCase[] = [
  {
    name: "user.invite",
    action: inviteUserAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const email = uniqueEmail("invite");
      return {
        formData: form({
          formToken: newFormToken(),
          email,
          name: "Matrix Invitee",
          role: "ROCB_STAFF",
          structureId: await structureId(SEED_SLUGS.rocbEurope),
          preferredLocale: "en",
        }),
        snapshot: async () => ({
          users: await prisma.user.count({ where: { email } }),
          tokens: await prisma.userToken.count(),
          audit: await prisma.auditLog.count({ where: { action: "user.invite" } }),
        }),
      };
    },
  },
  {
    name: "user.update",
    action: updateUserAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const user = await targetUser();
      return {
        formData: form({
          id: user.id,
          version: user.version,
          name: "Matrix Renamed",
          role: "ROCB_STAFF",
          structureId: await structureId(SEED_SLUGS.rocbEurope),
          preferredLocale: "ru",
        }),
        snapshot: userSnapshot(user.id),
      };
    },
  },
  {
    name: "user.deactivate (confirmed)",
    action: deactivateUserAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const user = await targetUser();
      return {
        formData: form({ id: user.id, version: user.version, confirm: "yes" }),
        snapshot: userSnapshot(user.id),
      };
    },
  },
  {
    name: "user.reactivate",
    action: reactivateUserAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const user = await targetUser({ active: false });
      return { formData: form({ id: user.id, version: user.version }), snapshot: userSnapshot(user.id) };
    },
  },
  {
    name: "user.resendInvitation",
    action: resendInvitationAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const user = await targetUser({ invited: true });
      return { formData: form({ id: user.id }), snapshot: userSnapshot(user.id) };
    },
  },
];
