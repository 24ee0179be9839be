import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ForbiddenError, organizationWhere, type Actor } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import type { OrganizationInput } from "@/lib/validation/organizations";
import { organizationFieldsSelect } from "./select-organization";

// Administrators' changes to organizations: edit (names per language, kind,
// country, website), merge a duplicate into another, delete an unused one.
// Each is one transaction: claim (scope and version in the UPDATE's where),
// write, audit entry. The public pages that show the organization — its own
// page, and the pages of the published meetings it attended — are refreshed.

type Tx = Prisma.TransactionClient;

const snapshotSelect = {
  ...organizationFieldsSelect,
  version: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, name: true } },
} as const;

/** Claims the organization for one change (NotFoundError, ForbiddenError or StaleVersionError). */
async function claimOrganization(tx: Tx, actor: Actor, id: string, version: number) {
  const scope = organizationWhere(actor);
  const { count } = await tx.organization.updateMany({
    where: { AND: [{ id, version }, scope] },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    if (!(await tx.organization.count({ where: { id } }))) throw new NotFoundError();
    if (!(await tx.organization.count({ where: { AND: [{ id }, scope] } })))
      throw new ForbiddenError("organization.manage");
    throw new StaleVersionError();
  }
}

/** The pages that show an organization: its page, and those of the meetings it attended (each meeting's own tag). */
async function organizationTags(tx: Tx, ids: string[]) {
  const meetings = await tx.attendee.findMany({
    where: { organizationId: { in: ids } },
    distinct: ["meetingId"],
    select: { meetingId: true },
  });
  return [
    cacheTags.organizations,
    ...ids.map((id) => cacheTags.organization(id)),
    ...meetings.map((m) => cacheTags.meeting(m.meetingId)),
    ...(meetings.length ? [cacheTags.meetings] : []),
  ];
}

export async function updateOrganization({ actor, input }: { actor: Actor; input: OrganizationInput }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: input.id }, select: snapshotSelect });
    await claimOrganization(tx, actor, input.id, input.version);
    await tx.organization.update({
      where: { id: input.id },
      data: { kind: input.kind, countryCode: input.countryCode, website: input.website },
    });
    // Names are per language: one given replaces the old; one left empty is removed (English cannot be).
    await tx.organizationTranslation.deleteMany({
      where: { organizationId: input.id, locale: { notIn: input.names.map((n) => n.locale) } },
    });
    for (const { locale, name } of input.names) {
      await tx.organizationTranslation.upsert({
        where: { organizationId_locale: { organizationId: input.id, locale } },
        create: { organizationId: input.id, locale, name },
        update: { name },
      });
    }
    const after = await tx.organization.findUniqueOrThrow({ where: { id: input.id }, select: snapshotSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "organization.update",
      entityType: "Organization",
      entityId: input.id,
      before,
      after,
    });
    return { id: input.id, version: after.version, tags: await organizationTags(tx, [input.id]) };
  });
}

/**
 * Merges a duplicate into another organization: its attendances and activity
 * partnerships move to the other (where both attended one meeting, the
 * people join the other's attendance), its names fill the languages the
 * other lacks, and it is deleted.
 */
export async function mergeOrganization({
  actor,
  id,
  version,
  intoId,
}: {
  actor: Actor;
  id: string;
  version: number;
  intoId: string;
}) {
  if (id === intoId) throw new FieldValidationError({ intoId: ["organization.mergeIntoItself"] });
  return inUseWhenReferenced(() =>
    prisma.$transaction(async (tx) => {
      const source = await tx.organization.findUnique({ where: { id }, select: snapshotSelect });
      await claimOrganization(tx, actor, id, version);
      const target = await tx.organization.findFirst({
        where: { AND: [{ id: intoId }, organizationWhere(actor)] },
        select: snapshotSelect,
      });
      if (!target) throw new FieldValidationError({ intoId: ["invalid"] });
      // Both pages and every meeting page that names either, before the rows move.
      const tags = await organizationTags(tx, [id, intoId]);
      const attendances = await tx.attendee.findMany({
        where: { organizationId: id },
        select: { id: true, meetingId: true },
      });
      let joined = 0;
      for (const attendance of attendances) {
        const existing = await tx.attendee.findFirst({
          where: { meetingId: attendance.meetingId, organizationId: intoId },
          select: { id: true },
        });
        if (existing) {
          await tx.attendeePerson.updateMany({
            where: { attendeeId: attendance.id },
            data: { attendeeId: existing.id },
          });
          await tx.attendee.delete({ where: { id: attendance.id } });
          joined += 1;
        } else {
          await tx.attendee.update({ where: { id: attendance.id }, data: { organizationId: intoId } });
        }
      }
      const partnerships = await tx.activityPartner.findMany({
        where: { organizationId: id },
        select: { id: true, activityId: true },
      });
      for (const partnership of partnerships) {
        const both = await tx.activityPartner.count({
          where: { activityId: partnership.activityId, organizationId: intoId },
        });
        if (both) await tx.activityPartner.delete({ where: { id: partnership.id } });
        else await tx.activityPartner.update({ where: { id: partnership.id }, data: { organizationId: intoId } });
      }
      const missing = source!.translations.filter((t) => !target.translations.some((o) => o.locale === t.locale));
      if (missing.length)
        await tx.organizationTranslation.createMany({
          data: missing.map((t) => ({ organizationId: intoId, locale: t.locale, name: t.name })),
        });
      await tx.organization.update({ where: { id: intoId }, data: { version: { increment: 1 } } });
      await tx.organization.delete({ where: { id } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "organization.merge",
        entityType: "Organization",
        entityId: id,
        before: source,
        after: {
          mergedInto: intoId,
          mergedIntoSlug: target.slug,
          attendancesMoved: attendances.length,
          attendancesJoined: joined,
          partnershipsMoved: partnerships.length,
        },
      });
      return { id: intoId, tags };
    }),
  );
}

/** A row added meanwhile (a new attendance) makes the delete fail on its foreign key: the organization is in use. */
async function inUseWhenReferenced<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003")
      throw new FieldValidationError({ _form: ["organization.inUse"] });
    throw error;
  }
}

/** Deletes an organization nothing uses (no attendance, no partnership); one in use must be merged instead. */
export async function deleteOrganization({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  return inUseWhenReferenced(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.organization.findUnique({
        where: { id },
        select: { ...snapshotSelect, _count: { select: { attendances: true, partnerships: true } } },
      });
      await claimOrganization(tx, actor, id, version);
      if (before!._count.attendances || before!._count.partnerships)
        throw new FieldValidationError({ _form: ["organization.inUse"] });
      await tx.organization.delete({ where: { id } });
      const { _count: _uses, ...snapshot } = before!;
      await writeAudit(tx, {
        actorId: actor.id,
        action: "organization.delete",
        entityType: "Organization",
        entityId: id,
        before: snapshot,
      });
      return { id, tags: [cacheTags.organizations, cacheTags.organization(id)] };
    }),
  );
}
