import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// The columns of a structure that several reads share, named once: the list
// row, the public card and profile, the editor and the audit snapshot each
// add their own relations to these.

/** What every list of structures shows (staff list, public cards). */
export const structureRowFields = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  city: true,
  countryCode: true,
} as const satisfies Prisma.StructureSelect;

/** The facts of a structure's profile (public page, editor, audit snapshot). */
export const structureProfileFields = {
  ...structureRowFields,
  latitude: true,
  longitude: true,
  establishedOn: true,
  address: true,
  email: true,
  phone: true,
  website: true,
  headName: true,
  logoKey: true,
} as const satisfies Prisma.StructureSelect;

/** The translated texts of a structure's profile. */
export const structureTextSelect = {
  locale: true,
  name: true,
  hostAdministration: true,
  headTitle: true,
  description: true,
  mandate: true,
} as const satisfies Prisma.StructureTranslationSelect;
