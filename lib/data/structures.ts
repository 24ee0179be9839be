import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { StructureKindValue } from "@/lib/validation/structure-filters";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { loadStructureDirectory, type StructureDirectory } from "./structures/directory";
import { findStructureId, loadStructureProfile, type StructureProfile } from "./structures/profile";

export type { StructureCard } from "./structures/cards";
export type { RegionOption, StructureDirectory } from "./structures/directory";
export type { StructureHistoryItem, StructureProfile } from "./structures/profile";
export { STRUCTURES_PAGE_SIZE } from "./structures/directory";
export { PROFILE_MEETINGS_LIMIT } from "./structures/profile";

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

/**
 * A published structure with its history and the published meetings it
 * hosted, organized and attended; null for an unknown or unpublished slug.
 * Tags the page with the structure's own tag and the meetings tag, so editing
 * the structure or publishing a meeting refreshes it.
 */
export async function getPublicStructure({
  locale,
  slug,
}: {
  locale: AppLocale;
  slug: string;
}): Promise<StructureProfile | null> {
  const id = await findStructureId(slug);
  if (!id) return null;
  await tagRender([cacheTags.structure(id), cacheTags.meetings, cacheTags.regions]);
  return loadStructureProfile({ locale, id });
}
