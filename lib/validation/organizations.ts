// Administrators' forms over organizations (partners, member
// administrations, the WCO Secretariat…): names per language, kind, country,
// website; merging a duplicate into another; deleting an unused one. Merges
// and deletions are confirmed on their own page (`confirm`).
import { z } from "zod";
import { locales, type AppLocale } from "@/i18n/routing";
import { organizationKinds } from "./attendees";
import {
  confirmed,
  lineText,
  optionalCountryCode,
  optionalUrl,
  perLocale,
  recordId,
  unflatten,
  version,
} from "./form-fields";
import { queryText } from "./text-rules";
import { pageSchema, type SearchParams } from "./public-filters";

export const ORGANIZATION_PAGE_SIZE = 25;
export const organizationNameMax = 200;

export type OrganizationListFilters = { q?: string; page: number };

export function parseOrganizationListFilters(query: SearchParams): OrganizationListFilters {
  return { q: queryText(100).parse(query.q), page: pageSchema.parse(query.page) };
}

/** The editor: every language's name (English required, the fallback of every page). */
export const organizationSchema = z.preprocess(
  unflatten,
  z
    .object({
      id: recordId,
      version,
      kind: z.enum(organizationKinds),
      countryCode: optionalCountryCode,
      website: optionalUrl,
      t: perLocale(z.object({ name: lineText(organizationNameMax) }))
        .optional()
        .transform((t) => t ?? {}),
    })
    .superRefine((value, ctx) => {
      if (!value.t.en?.name) ctx.addIssue({ code: "custom", message: "required", path: ["t", "en", "name"] });
    })
    .transform(({ t, ...rest }) => ({
      ...rest,
      names: locales.flatMap((locale: AppLocale) => (t[locale]?.name ? [{ locale, name: t[locale]!.name }] : [])),
    })),
);

export type OrganizationInput = z.output<typeof organizationSchema>;

/** Merge `id` into `intoId`: its attendances and partnerships move, then it is deleted. */
export const mergeOrganizationSchema = z.object({ id: recordId, version, intoId: recordId, confirm: confirmed });

/** Delete an organization nothing uses. */
export const deleteOrganizationSchema = z.object({ id: recordId, version, confirm: confirmed });
