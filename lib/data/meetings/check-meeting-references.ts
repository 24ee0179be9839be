import "server-only";
import { seriesWhere, structureWhere, type Actor } from "@/lib/auth/permissions";
import { firstFreeSlug } from "@/lib/content/slug";
import { FieldValidationError } from "@/lib/errors/app-errors";
import type { MeetingInput } from "@/lib/validation/meetings";
import type { Tx } from "./claim-meeting";

type Current = {
  seriesId: string | null;
  hostStructureId: string | null;
  organizerStructureId: string | null;
  slug?: string;
  id?: string;
} | null;

/**
 * Checks what the form points at, inside the transaction: the series, the
 * host and organizer (structures the actor may work with, or unchanged), the
 * country, the region, the slug and the series number. All problems come back
 * together as field errors.
 */
export async function checkMeetingReferences(
  tx: Tx,
  actor: Actor,
  input: MeetingInput & { slug: string },
  current: Current,
) {
  const structureIds = [input.hostStructureId, input.organizerStructureId].filter(
    (id): id is string => !!id && id !== current?.hostStructureId && id !== current?.organizerStructureId,
  );
  const seriesChanged = input.seriesId && input.seriesId !== current?.seriesId;
  // One after another: queries of one transaction share a connection.
  const series = seriesChanged
    ? await tx.meetingSeries.findFirst({
        where: { AND: [{ id: input.seriesId! }, seriesWhere(actor)] },
        select: { id: true },
      })
    : null;
  const structures = structureIds.length
    ? await tx.structure.findMany({
        where: { AND: [{ id: { in: structureIds } }, structureWhere(actor, "structure.update")] },
        select: { id: true },
      })
    : [];
  const country = input.countryCode
    ? await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } })
    : null;
  const region = input.regionId
    ? await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } })
    : null;
  const slugOwner =
    input.slug !== current?.slug
      ? await tx.meeting.findUnique({ where: { slug: input.slug }, select: { id: true } })
      : null;
  const numberOwner =
    input.seriesId && input.number !== null
      ? await tx.meeting.findFirst({
          where: {
            seriesId: input.seriesId,
            number: input.number,
            ...(current?.id ? { id: { not: current.id } } : {}),
          },
          select: { id: true },
        })
      : null;
  const errors: Record<string, string[]> = {};
  if (seriesChanged && !series) errors.seriesId = ["invalid"];
  const found = new Set(structures.map((s) => s.id));
  for (const field of ["hostStructureId", "organizerStructureId"] as const) {
    const id = input[field];
    if (id && structureIds.includes(id) && !found.has(id)) errors[field] = ["invalid"];
  }
  if (input.countryCode && !country) errors.countryCode = ["invalid"];
  if (input.regionId && !region) errors.regionId = ["invalid"];
  if (slugOwner && slugOwner.id !== current?.id) errors.slug = ["slugTaken"];
  if (numberOwner) errors.number = ["seriesNumberTaken"];
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
}

/** The slug for a new meeting: one made from the English title, free in the table. */
export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.meeting.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((row) => row.slug),
  );
}
