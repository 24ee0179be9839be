import "server-only";
import { locales, type AppLocale } from "@/i18n/routing";
import { renderMarkdown } from "@/lib/content/markdown";
import type { StaffStructure } from "@/lib/data/staff/structures-read";
import { imageUrl } from "@/lib/storage/images";
import { toDateInput } from "@/lib/validation/form-values";
import type { StructureFormData } from "./structure-form";

/** The editor's starting values (flat field names, as the form sends them) and server-rendered previews. */
export function structureFormData(structure: StaffStructure) {
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
  const saved: StructureFormData["saved"] = {};
  const previews = Object.fromEntries(locales.map((l) => [l, { description: "", mandate: "" }])) as Record<AppLocale, { description: string; mandate: string }>;
  for (const t of structure.translations) {
    const locale = t.locale as AppLocale;
    for (const key of ["name", "hostAdministration", "headTitle", "description", "mandate", "status"] as const) values[`t.${locale}.${key}`] = t[key];
    saved[locale] = t.status;
    previews[locale] = { description: t.description ? renderMarkdown(t.description) : "", mandate: t.mandate ? renderMarkdown(t.mandate) : "" };
  }
  const history = structure.history.map((entry) => ({
    key: entry.id,
    id: entry.id,
    kind: entry.kind,
    startsOn: toDateInput(entry.startsOn),
    endsOn: toDateInput(entry.endsOn),
    summary: Object.fromEntries(entry.translations.map((t) => [t.locale, t.summary])),
  }));
  const data: StructureFormData = { id: structure.id, version: structure.version, values, saved, history };
  return { data, previews, logoUrl: structure.logoKey ? imageUrl(structure.logoKey) : null };
}
