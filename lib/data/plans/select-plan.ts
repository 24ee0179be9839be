import type { Prisma } from "@/lib/db/generated/client";

/** A plan's own fields as lists, its public page and its audit read them. */
export const planFieldsSelect = {
  id: true,
  slug: true,
  status: true,
  periodStart: true,
  periodEnd: true,
} as const satisfies Prisma.ActionPlanSelect;
