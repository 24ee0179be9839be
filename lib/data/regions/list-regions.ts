import "server-only";
import { prisma } from "@/lib/db/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicStructureWhere, publishedTranslations } from "../visibility";

export type RegionSummary = { id: string; code: string; name: string; structureCount: number; countryCount: number };

export async function listRegions({ locale }: { locale: AppLocale }): Promise<RegionSummary[]> {
  await tagRender([cacheTags.regions, cacheTags.structures]);
  const rows = await prisma.region.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      code: true,
      translations: {
        where: { locale: { in: publishedTranslations(locale).where.locale.in } },
        select: { locale: true, name: true },
      },
      _count: { select: { structures: { where: publicStructureWhere() }, countries: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: pickTranslation(row.translations, locale)?.name ?? row.code,
    structureCount: row._count.structures,
    countryCount: row._count.countries,
  }));
}

/** Which region each country belongs to (the maps shade them): one query, tagged with the regions. */
export async function listCountryRegions(): Promise<Map<string, string>> {
  await tagRender([cacheTags.regions]);
  const rows = await prisma.country.findMany({ select: { code: true, region: { select: { code: true } } } });
  return new Map(rows.map((row) => [row.code.trim(), row.region.code]));
}
