import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo/metadata";
import { countryName } from "@/lib/content/format";
import { getRegion } from "@/lib/data/regions/get-region";
import { listRegions } from "@/lib/data/regions/list-regions";
import type { regionDetailSchema, regionSchema } from "./schemas";
import { apiError, json, pageOf, type Json } from "./responses";
import type { ApiView } from "./views";

/** GET /api/v1/regions: the six regions. */
export async function answerRegions(view: ApiView, locale: AppLocale): Promise<Response> {
  const rows = await listRegions({ locale });
  const data: Json<typeof regionSchema>[] = rows.map((r) => ({
    code: r.code.toLowerCase() as "eur",
    name: r.name,
    url: absoluteUrl(locale, `/regions/${r.code.toLowerCase()}`),
    structureCount: r.structureCount,
    countryCount: r.countryCount,
  }));
  return json(
    pageOf(view, data, locale, {
      page: 1,
      pageSize: data.length,
      total: data.length,
      totalIsCapped: false,
      hasNext: false,
    }),
  );
}

/** GET /api/v1/regions/{code}: a region. */
export async function answerRegion(code: string, locale: AppLocale): Promise<Response> {
  const r = await getRegion({ locale, code });
  if (!r) return apiError(404, "No region has this code.");
  const data: Json<typeof regionDetailSchema> = {
    code: r.code.toLowerCase() as "eur",
    name: r.name,
    url: absoluteUrl(locale, `/regions/${r.code.toLowerCase()}`),
    structureCount: r.structures.length,
    countryCount: r.countryCodes.length,
    description: r.description,
    language: r.contentLocale,
    countries: r.countryCodes.map((c) => ({ code: c, name: countryName(c, locale) })),
  };
  return json({ data, meta: { locale } });
}
