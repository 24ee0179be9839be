import type { Prisma } from "@/lib/db/generated/client";

/** A history entry's own fields (its texts are selected where they are read). */
export const historyFieldsSelect = {
  id: true,
  kind: true,
  startsOn: true,
  endsOn: true,
} as const satisfies Prisma.StructureHistoryEntrySelect;
