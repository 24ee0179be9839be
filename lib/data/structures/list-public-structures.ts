import "server-only";
import { prisma } from "@/lib/db/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { PAGE_SIZE } from "@/lib/validation/public-filters";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import type { StructureKindValue } from "@/lib/validation/structure-filters";
import { publicStructureWhere } from "../visibility";
import { cityNamer } from "../gazetteer/name-places";
import {
  compareByKindAndName,
  structureCardSelect,
  toStructureCards,
  type StructureCard,
} from "./select-structure-card";

/** The directory shows twice the usual page size: structures are browsed, not searched. */
export const STRUCTURES_PAGE_SIZE = PAGE_SIZE * 2;

export type RegionOption = { code: string; name: string };

export type StructureDirectory = {
  items: StructureCard[];
  total: number;
  page: number;
  pageCount: number;
  /** All regions in their usual order, for the filter and the group headings. */
  regions: RegionOption[];
};

// The network has tens of structures, not thousands, and the order wanted
// (region, kind, then the name in the visitor's language and collation) needs
// the resolved translation: so the matching rows are read in two queries'
// worth of columns, sorted here and sliced to the page. The number of queries
// does not depend on the number of rows.
async function loadStructureDirectory({
  locale,
  region,
  kind,
  page,
}: {
  locale: AppLocale;
  region?: string;
  kind?: StructureKindValue;
  page: number;
}): Promise<StructureDirectory> {
  const [rows, regionRows, cityOf] = await Promise.all([
    prisma.structure.findMany({
      where: {
        ...publicStructureWhere(),
        ...(region ? { region: { code: region.toUpperCase() } } : {}),
        ...(kind ? { kind } : {}),
      },
      select: structureCardSelect(locale),
    }),
    prisma.region.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: {
        code: true,
        translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } },
      },
    }),
    cityNamer(locale),
  ]);
  const regions = regionRows.map((row) => ({
    code: row.code,
    name: pickTranslation(row.translations, locale)?.name ?? row.code,
  }));
  const regionRank = new Map(regions.map((r, index) => [r.code, index]));
  const byKindAndName = compareByKindAndName(locale);
  const sorted = toStructureCards(rows, locale, cityOf).sort(
    (a, b) => (regionRank.get(a.regionCode) ?? 99) - (regionRank.get(b.regionCode) ?? 99) || byKindAndName(a, b),
  );
  const pageCount = Math.max(1, Math.ceil(sorted.length / STRUCTURES_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * STRUCTURES_PAGE_SIZE;
  return {
    items: sorted.slice(start, start + STRUCTURES_PAGE_SIZE),
    total: sorted.length,
    page: current,
    pageCount,
    regions,
  };
}

/** Published structures, by region, kind and name, filtered and paginated. */
export async function listPublicStructures(options: {
  locale: AppLocale;
  region?: string;
  kind?: StructureKindValue;
  page?: number;
}): Promise<StructureDirectory> {
  await tagRender([cacheTags.structures, cacheTags.regions]);
  return loadStructureDirectory({
    locale: options.locale,
    region: options.region?.toUpperCase(),
    kind: options.kind,
    page: options.page ?? 1,
  });
}
