import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo/metadata";
import { getPublicStructure } from "@/lib/data/structures/get-public-structure";
import { listPublicStructures, STRUCTURES_PAGE_SIZE } from "@/lib/data/structures/list-public-structures";
import { structureKindParams } from "@/lib/validation/structure-filters";
import type { structureSchema, structureSummarySchema } from "./schemas";
import { apiError, country, json, lower, pageOf, type Json } from "./responses";
import type { ApiView } from "./views";

type StructureRow = {
  slug: string;
  kind: string;
  status: string;
  name: string;
  hostAdministration: string;
  contentLocale: AppLocale;
  regionCode: string;
  cityName: string;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
};

function structureSummary(s: StructureRow, locale: AppLocale): Json<typeof structureSummarySchema> {
  return {
    slug: s.slug,
    url: absoluteUrl(locale, `/structures/${s.slug}`),
    kind: lower(s.kind) as "rtc",
    status: s.status === "ACTIVE" ? "active" : "inactive",
    name: s.name,
    hostAdministration: s.hostAdministration,
    language: s.contentLocale,
    region: s.regionCode.toLowerCase() as "eur",
    city: s.cityName,
    country: country(s.countryCode, locale),
    latitude: s.latitude,
    longitude: s.longitude,
  };
}

/** GET /api/v1/structures: published structures, filtered, one page. */
export async function answerStructures(view: ApiView, locale: AppLocale): Promise<Response> {
  const page = Number(view.query.page ?? 1);
  const kind = view.query.kind ? structureKindParams[view.query.kind as keyof typeof structureKindParams] : undefined;
  const result = await listPublicStructures({ locale, region: view.query.region, kind, page });
  const data = result.items.map((s) => structureSummary(s, locale));
  // A page past the last one is empty, with a prev link.
  const shown = result.page === page ? data : [];
  return json(
    pageOf(view, shown, locale, {
      page,
      pageSize: STRUCTURES_PAGE_SIZE,
      total: result.total,
      totalIsCapped: false,
      hasNext: page < result.pageCount,
    }),
  );
}

/** GET /api/v1/structures/{slug}: a published structure. */
export async function answerStructure(slug: string, locale: AppLocale): Promise<Response> {
  const s = await getPublicStructure({ locale, slug });
  if (!s) return apiError(404, "No published structure has this slug.");
  const data: Json<typeof structureSchema> = {
    ...structureSummary(s, locale),
    description: s.description,
    mandate: s.mandate,
    establishedOn: s.establishedOn ? s.establishedOn.toISOString().slice(0, 10) : null,
    address: s.address,
    email: s.email,
    phone: s.phone,
    website: s.website,
  };
  return json({ data, meta: { locale } });
}
