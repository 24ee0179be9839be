// Staff structure-profile forms: the profile (texts per locale, contacts,
// place, dated history) and the administrators' "new structure" form.
import { locales } from "@/i18n/routing";
import {
  checkbox,
  formToken,
  optionalDate,
  optionalEmail,
  optionalFile,
  optionalId,
  optionalNumber,
  optionalPhone,
  optionalUrl,
  perLocale,
  requiredDate,
  lineText,
  requiredText,
  slug,
  text,
  translationStatus,
  unflatten,
  z,
} from "./form-fields";
import { lineString } from "./text-rules";

export const structureKinds = ["ROCB", "RTC", "VICE_CHAIR"] as const;
export const historyKinds = ["ESTABLISHED", "VICE_CHAIR_TERM", "RELOCATION", "HEAD_CHANGE", "OTHER"] as const;

// Cross-field checks run even when a field failed, so every error shows at once.
const always = { when: () => true };

export const structureTextSchema = z.object({
  name: lineText(200),
  hostAdministration: lineText(300),
  headTitle: lineText(200),
  description: text(20_000),
  mandate: text(20_000),
  status: translationStatus,
});

export const historyEntrySchema = z
  .object({
    id: optionalId,
    kind: z.enum(historyKinds),
    startsOn: requiredDate,
    endsOn: optionalDate,
    summary: perLocale(text(1000)),
  })
  .superRefine((entry, ctx) => {
    if (entry.endsOn instanceof Date && entry.startsOn instanceof Date && entry.endsOn < entry.startsOn) {
      ctx.addIssue({ code: "custom", message: "endBeforeStart", path: ["endsOn"] });
    }
    if (!entry?.summary?.en) ctx.addIssue({ code: "custom", message: "required", path: ["summary", "en"] });
  }, always);

const countryCode = z
  .string()
  .trim()
  .min(1)
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, { message: "invalid" }));

export const structureFieldsSchema = z.object({
  id: lineString().max(40),
  version: z.coerce.number().int().min(1),
  // Administrators only (ignored unless sent; refused for others when changed).
  kind: z.enum(structureKinds).optional(),
  regionId: optionalId,
  slug: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), slug.optional()),
  // Everyone in scope.
  status: z.enum(["ACTIVE", "INACTIVE"]),
  countryCode,
  city: requiredText(120),
  address: text(500),
  email: optionalEmail,
  phone: optionalPhone,
  website: optionalUrl,
  headName: lineText(200),
  establishedOn: optionalDate,
  latitude: optionalNumber(-90, 90),
  longitude: optionalNumber(-180, 180),
  logo: optionalFile,
  removeLogo: checkbox,
  t: perLocale(structureTextSchema),
  history: z
    .array(historyEntrySchema)
    .max(50)
    .optional()
    .transform((v) => v ?? []),
});

function checkProfile(value: z.output<typeof structureFieldsSchema>, ctx: z.RefinementCtx) {
  for (const locale of locales) {
    const t = value?.t?.[locale];
    const hasText =
      !!t &&
      (t.hostAdministration !== "" ||
        t.headTitle !== "" ||
        t.description !== "" ||
        t.mandate !== "" ||
        t.status === "PUBLISHED");
    if ((locale === "en" || hasText) && !t?.name)
      ctx.addIssue({ code: "custom", message: "required", path: ["t", locale, "name"] });
  }
  // Coordinates come in pairs.
  if ((value.latitude === null) !== (value.longitude === null)) {
    ctx.addIssue({ code: "custom", message: "required", path: [value.latitude === null ? "latitude" : "longitude"] });
  }
}

export const structureSchema = z.preprocess(unflatten, structureFieldsSchema.superRefine(checkProfile, always));

export type StructureInput = z.output<typeof structureFieldsSchema>;
export type HistoryEntryInput = StructureInput["history"][number];

/** Administrators create a structure with its identity; the profile is filled in afterwards. */
export const structureCreateSchema = z.preprocess(
  unflatten,
  structureFieldsSchema.pick({ countryCode: true, city: true, status: true }).extend({
    kind: z.enum(structureKinds),
    regionId: lineString().min(1).max(40),
    slug,
    name: requiredText(200),
    formToken,
  }),
);

export type StructureCreateInput = Omit<z.output<typeof structureCreateSchema>, "formToken">;
