import "server-only";
import { prisma } from "@/lib/db/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cached, cacheTags } from "./cache";
import { publicStructureWhere, publishedTranslations } from "./visibility";

export type RegionSummary = { code: string; name: string; structureCount: number; countryCount: number };

async function listRegionsUncached({ locale }: { locale: AppLocale }): Promise<RegionSummary[]> {
  const rows = await prisma.region.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      translations: { where: { locale: { in: publishedTranslations(locale).where.locale.in } }, select: { locale: true, name: true } },
      _count: { select: { structures: { where: publicStructureWhere() }, countries: true } },
    },
  });
  return rows.map((row) => ({
    code: row.code,
    name: pickTranslation(row.translations, locale)?.name ?? row.code,
    structureCount: row._count.structures,
    countryCount: row._count.countries,
  }));
}

export const listRegions = cached(listRegionsUncached, ["regions:list"], [cacheTags.regions, cacheTags.structures]);
