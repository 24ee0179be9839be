import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { USER_PAGE_SIZE, type UserListFilters } from "@/lib/validation/users";
import { pageWindow } from "@/lib/validation/public-filters";

// What administrators read about accounts. Never the password hash (only
// whether there is one) and never a token hash.

const structureName = (locale: AppLocale) =>
  ({
    select: {
      id: true,
      slug: true,
      kind: true,
      translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } },
    },
  }) as const;

type StructureRow = { id: string; slug: string; kind: string; translations: { locale: string; name: string }[] };

function scopeLabel(structure: StructureRow | null, locale: AppLocale) {
  if (!structure) return null;
  const name = pickTranslation(structure.translations, locale);
  return { id: structure.id, kind: structure.kind, name: name?.name ?? structure.slug, lang: name?.locale ?? locale };
}

const userRowSelect = (locale: AppLocale) =>
  ({
    id: true,
    email: true,
    name: true,
    role: true,
    preferredLocale: true,
    active: true,
    lastSignInAt: true,
    passwordHash: true,
    version: true,
    structure: structureName(locale),
  }) as const;

type UserRow = Prisma.UserGetPayload<{ select: ReturnType<typeof userRowSelect> }>;

function present(row: UserRow, locale: AppLocale) {
  const { passwordHash, structure, ...rest } = row;
  return { ...rest, invitationPending: passwordHash === null, scope: scopeLabel(structure, locale) };
}

export type UserListItem = ReturnType<typeof present>;

/** One page of accounts with their scope (two queries whatever the page size). */
export async function listUsers({
  actor,
  filters,
  locale,
}: {
  actor: Actor;
  filters: UserListFilters;
  locale: AppLocale;
}) {
  assertCan(actor, "user.manage");
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    // Active accounts whose owner has not set a password yet are "invitation pending".
    ...(filters.status === "inactive" ? { active: false } : {}),
    ...(filters.status === "active" ? { active: true, passwordHash: { not: null } } : {}),
    ...(filters.status === "pending" ? { active: true, passwordHash: null } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageWindow(filters.page, USER_PAGE_SIZE),
      select: userRowSelect(locale),
    }),
    prisma.user.count({ where }),
  ]);
  return {
    items: rows.map((row) => present(row, locale)),
    total,
    pageCount: Math.max(1, Math.ceil(total / USER_PAGE_SIZE)),
  };
}

/** One account for its editor, with its latest invitation (one query), or null. */
export async function getUserForEditor({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  assertCan(actor, "user.manage");
  const row = await prisma.user.findUnique({
    where: { id },
    select: {
      ...userRowSelect(locale),
      structureId: true,
      createdAt: true,
      tokens: {
        where: { kind: "INVITATION" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true, expiresAt: true, usedAt: true },
      },
    },
  });
  if (!row) return null;
  const { tokens, ...user } = row;
  const invitation = tokens[0];
  return {
    ...present(user, locale),
    structureId: row.structureId,
    createdAt: row.createdAt,
    lastInvitation: invitation
      ? { ...invitation, open: !invitation.usedAt && invitation.expiresAt.getTime() > Date.now() }
      : null,
  };
}

export type ScopeOption = { id: string; kind: "ROCB" | "RTC"; name: string; lang: string };

/** The structures an account can be scoped to: ROCBs and RTCs, by name (one query). */
export async function listScopeStructures({
  actor,
  locale,
}: {
  actor: Actor;
  locale: AppLocale;
}): Promise<ScopeOption[]> {
  assertCan(actor, "user.manage");
  const rows = await prisma.structure.findMany({ where: { kind: { in: ["ROCB", "RTC"] } }, ...structureName(locale) });
  return rows
    .map((row) => scopeLabel(row, locale) as ScopeOption)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, locale));
}
