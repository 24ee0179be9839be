import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { organizationWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { publicMeetingWhere } from "@/lib/data/visibility";
import type { AppLocale } from "@/i18n/routing";
import { ORGANIZATION_PAGE_SIZE, type OrganizationListFilters } from "@/lib/validation/organizations";
import { pageWindow } from "@/lib/validation/public-filters";
import { organizationFieldsSelect } from "./select-organization";

// What administrators read about organizations (partners, administrations,
// the WCO Secretariat…): the list with how much each is used, one
// organization's editor, and the choices of a merge. Scoped by
// organizationWhere (administrators only).

const names = { translations: { select: { locale: true, name: true } } } as const;
const uses = {
  _count: { select: { attendances: true, partnerships: true } },
} as const;

const nameOf = (row: { slug: string; translations: { locale: string; name: string }[] }, locale: AppLocale) =>
  pickTranslation(row.translations, locale)?.name ?? row.slug;

/** A page of organizations (by name or slug), each with its attendances and partnerships counted (two queries). */
export async function listOrganizations({
  actor,
  filters,
  locale,
}: {
  actor: Actor;
  filters: OrganizationListFilters;
  locale: AppLocale;
}) {
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      organizationWhere(actor),
      filters.q
        ? {
            OR: [
              { slug: { contains: filters.q.toLowerCase() } },
              { translations: { some: { name: { contains: filters.q, mode: "insensitive" } } } },
            ],
          }
        : {},
    ],
  };
  const { skip, take } = pageWindow(filters.page, ORGANIZATION_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    prisma.organization.findMany({
      where,
      orderBy: [{ slug: "asc" }],
      skip,
      take,
      select: { id: true, slug: true, kind: true, countryCode: true, ...names, ...uses },
    }),
    prisma.organization.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      countryCode: row.countryCode?.trim() ?? null,
      name: nameOf(row, locale),
      attendances: row._count.attendances,
      partnerships: row._count.partnerships,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / ORGANIZATION_PAGE_SIZE)),
  };
}

/** One organization for its editor: every name, how it is used, whether a public page shows it; null when out of reach. */
export async function getOrganizationForStaff({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const row = await prisma.organization.findFirst({
    where: { AND: [{ id }, organizationWhere(actor)] },
    select: {
      ...organizationFieldsSelect,
      version: true,
      ...names,
      ...uses,
    },
  });
  if (!row) return null;
  const publicMeetings = await prisma.meeting.count({
    where: { ...publicMeetingWhere(), attendees: { some: { organizationId: id } } },
  });
  return {
    ...row,
    countryCode: row.countryCode?.trim() ?? null,
    name: nameOf(row, locale),
    attendances: row._count.attendances,
    partnerships: row._count.partnerships,
    publicMeetings,
    /** Only an organization nothing uses may be deleted; one in use is merged into another. */
    unused: row._count.attendances === 0 && row._count.partnerships === 0,
  };
}

/** The organizations another may be merged into (every other one, by name). */
export async function listMergeTargets({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const rows = await prisma.organization.findMany({
    where: { AND: [{ id: { not: id } }, organizationWhere(actor)] },
    orderBy: { slug: "asc" },
    take: 500,
    select: { id: true, slug: true, ...names },
  });
  return rows
    .map((row) => ({ value: row.id, label: nameOf(row, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
