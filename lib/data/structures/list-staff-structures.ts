import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { structureWhere, type Actor } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/content/markdown";
import { pickTranslation } from "@/lib/content/translation";
import { translationStates } from "@/lib/content/translation-states";
import { newFormToken } from "@/lib/data/create-once";
import type { StaffRecord } from "@/lib/data/meetings/claim-meeting";
import { listCountryOptions, listRegionOptions, localizedLabel } from "@/lib/data/list-options";
import { imageUrl } from "@/lib/storage/images";
import { localeFieldName } from "@/lib/validation/form-fields";
import { toDateInput } from "@/lib/validation/form-values";
import { locales, type AppLocale } from "@/i18n/routing";
import { structureProfileFields, structureRowFields, structureTextSelect } from "./select-structure";
import { historyFieldsSelect } from "./select-history";

// Reads of the structure-profile editor, scoped in the query: an RTC
// representative sees their own structure, ROCB staff their region's,
// administrators all.

export const staffStructuresPageSize = 30;

/** One page of the structures in scope, by region and name (two queries). */
export async function listStaffStructures({ actor, locale, page }: { actor: Actor; locale: AppLocale; page: number }) {
  const where = structureWhere(actor, "structure.update");
  const [total, rows] = await Promise.all([
    prisma.structure.count({ where }),
    prisma.structure.findMany({
      where,
      orderBy: [{ region: { sortOrder: "asc" } }, { kind: "asc" }, { slug: "asc" }],
      skip: (page - 1) * staffStructuresPageSize,
      take: staffStructuresPageSize,
      select: {
        ...structureRowFields,
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
      name: localizedLabel(
        row.translations.map((t) => ({ locale: t.locale, label: t.name })),
        locale,
        row.slug,
      ),
      region: pickTranslation(row.region.translations, locale)?.name ?? row.region.code,
      translationStates: translationStates(row.translations),
    })),
  };
}

const editorSelect = {
  ...structureProfileFields,
  regionId: true,
  version: true,
  updatedAt: true,
  translations: { select: { ...structureTextSelect, status: true } },
  history: {
    select: {
      ...historyFieldsSelect,
      translations: { select: { locale: true, summary: true } },
    },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.StructureSelect;

export type StaffStructure = Prisma.StructureGetPayload<{ select: typeof editorSelect }>;

/** The structure for its editor: found in scope, out of scope (403) or unknown (404). */
export async function getStaffStructure({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<StaffRecord<StaffStructure>> {
  const structure = await prisma.structure.findFirst({
    where: { AND: [{ id }, structureWhere(actor, "structure.update")] },
    select: editorSelect,
  });
  if (structure) return { state: "ok", record: structure };
  return (await prisma.structure.count({ where: { id } })) ? { state: "forbidden" } : { state: "notFound" };
}

/** Choices of the structure forms: every region (only administrators change it; others see its name) and the countries. */
export async function getStructureFormOptions({ locale }: { locale: AppLocale }) {
  const [regions, countries] = await Promise.all([listRegionOptions(null, locale), listCountryOptions(locale)]);
  return { regions, countries, formToken: newFormToken() };
}

const structureTextFields = ["name", "hostAdministration", "headTitle", "description", "mandate", "status"] as const;

/** The profile editor's starting values (named as the inputs are), its server-rendered previews, and its choices. */
export async function getStructureForm({ structure, locale }: { structure: StaffStructure; locale: AppLocale }) {
  const { regions, countries } = await getStructureFormOptions({ locale });
  const values: Record<string, string> = {
    kind: structure.kind,
    regionId: structure.regionId,
    slug: structure.slug,
    status: structure.status,
    countryCode: structure.countryCode,
    city: structure.city,
    establishedOn: toDateInput(structure.establishedOn),
    address: structure.address,
    email: structure.email,
    phone: structure.phone,
    website: structure.website,
    headName: structure.headName,
    latitude: structure.latitude === null ? "" : String(structure.latitude),
    longitude: structure.longitude === null ? "" : String(structure.longitude),
  };
  const previews = Object.fromEntries(locales.map((l) => [l, { description: "", mandate: "" }])) as Record<
    AppLocale,
    { description: string; mandate: string }
  >;
  for (const t of structure.translations) {
    const locale = t.locale as AppLocale;
    for (const key of structureTextFields) values[localeFieldName(locale, key)] = t[key];
    previews[locale] = {
      description: t.description ? renderMarkdown(t.description) : "",
      mandate: t.mandate ? renderMarkdown(t.mandate) : "",
    };
  }
  const history = structure.history.map((entry) => ({
    key: entry.id,
    id: entry.id,
    kind: entry.kind,
    startsOn: toDateInput(entry.startsOn),
    endsOn: toDateInput(entry.endsOn),
    summary: Object.fromEntries(entry.translations.map((t) => [t.locale, t.summary])),
  }));
  return {
    id: structure.id,
    version: structure.version,
    values,
    history,
    translationStates: translationStates(structure.translations),
    previews,
    logoUrl: structure.logoKey ? imageUrl(structure.logoKey) : null,
    regions,
    countries,
  };
}

export type StructureFormData = Awaited<ReturnType<typeof getStructureForm>>;

/** What the permission checks need to know of a structure (for an action's early check; the write checks again, in its query). */
export async function structureScopeOf(id: string) {
  const row = await prisma.structure.findUnique({ where: { id }, select: { id: true, regionId: true } });
  return row ? { regionId: row.regionId, structureId: row.id } : null;
}
