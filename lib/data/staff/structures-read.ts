import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { structureScope } from "@/lib/data/scope";
import { localizedLabel, listCountryOptions, listRegionOptions } from "./options";

// Reads of the structure-profile editor, scoped in the query: an RTC
// representative sees their own structure, ROCB staff their region's,
// administrators all.

export const staffStructuresPageSize = 30;

/** One page of the structures in scope, by region and name (two queries). */
export async function listStaffStructures({ actor, locale, page }: { actor: Actor; locale: AppLocale; page: number }) {
  const where = structureScope(actor);
  const [total, rows] = await Promise.all([
    prisma.structure.count({ where }),
    prisma.structure.findMany({
      where,
      orderBy: [{ region: { sortOrder: "asc" } }, { kind: "asc" }, { slug: "asc" }],
      skip: (page - 1) * staffStructuresPageSize,
      take: staffStructuresPageSize,
      select: {
        id: true,
        slug: true,
        kind: true,
        status: true,
        city: true,
        countryCode: true,
        updatedAt: true,
        region: { select: { code: true, translations: { select: { locale: true, name: true } } } },
        translations: { select: { locale: true, status: true, name: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / staffStructuresPageSize)),
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      status: row.status,
      city: row.city,
      countryCode: row.countryCode,
      updatedAt: row.updatedAt,
      name: localizedLabel(row.translations.map((t) => ({ locale: t.locale, label: t.name })), locale, row.slug),
      region: pickTranslation(row.region.translations, locale)?.name ?? row.region.code,
      translations: row.translations.map((t) => ({ locale: t.locale, status: t.status })),
    })),
  };
}

const editorSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  regionId: true,
  countryCode: true,
  city: true,
  establishedOn: true,
  address: true,
  email: true,
  phone: true,
  website: true,
  headName: true,
  logoKey: true,
  latitude: true,
  longitude: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, name: true, hostAdministration: true, headTitle: true, description: true, mandate: true, status: true } },
  history: {
    select: { id: true, kind: true, startsOn: true, endsOn: true, translations: { select: { locale: true, summary: true } } },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.StructureSelect;

export type StaffStructure = Prisma.StructureGetPayload<{ select: typeof editorSelect }>;

/** The structure for its editor: found in scope, out of scope (403) or unknown (404). */
export async function getStaffStructure({ actor, id }: { actor: Actor; id: string }) {
  const structure = await prisma.structure.findFirst({ where: { AND: [{ id }, structureScope(actor)] }, select: editorSelect });
  if (structure) return { state: "ok" as const, structure };
  const exists = await prisma.structure.count({ where: { id } });
  return exists ? { state: "forbidden" as const } : { state: "notFound" as const };
}

/** Choices of the structure forms: every region (only administrators change it; others see its name) and the countries. */
export async function getStructureFormOptions({ locale }: { locale: AppLocale }) {
  const [regions, countries] = await Promise.all([listRegionOptions(null, locale), listCountryOptions(locale)]);
  return { regions, countries };
}

/** What the permission checks need to know of a structure (for an action's early check; the write checks again). */
export async function structureScopeOf(id: string) {
  const row = await prisma.structure.findUnique({ where: { id }, select: { id: true, regionId: true } });
  return row ? { regionId: row.regionId, structureId: row.id } : null;
}
