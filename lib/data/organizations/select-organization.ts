import type { Prisma } from "@/lib/db/generated/client";

/** An organization's own fields, as its public page, the staff form and the audit read them. */
export const organizationFieldsSelect = {
  id: true,
  slug: true,
  kind: true,
  countryCode: true,
  website: true,
} as const satisfies Prisma.OrganizationSelect;
