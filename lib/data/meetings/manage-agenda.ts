import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { localDateTimeToUtc } from "@/lib/content/time-zone";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import type { AgendaText } from "@/lib/validation/meeting-items";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";
import { closeGaps, positionAfterLast } from "./move-meeting-child";

// Agenda items: read, add, edit, remove (moves: ordered-children.ts). Each change claims the
// meeting's version and is audited on the meeting.

type Ref = { actor: Actor; meetingId: string; version: number };

const itemSelect = {
  id: true,
  position: true,
  startsAt: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, description: true } },
} as const;

/** The agenda of a meeting in the actor's scope, in order (one query). */
export function listAgendaItems({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return prisma.agendaItem.findMany({
    where: { meetingId, meeting: meetingWhere(actor, "meeting.update") },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: itemSelect,
  });
}

function startTime(value: string, timeZone: string) {
  const startsAt = localDateTimeToUtc(value, timeZone);
  if (startsAt === undefined) throw new FieldValidationError({ startsAt: ["invalidDate"] });
  return startsAt;
}

async function findItem(tx: Tx, meetingId: string, itemId: string) {
  const item = await tx.agendaItem.findFirst({ where: { id: itemId, meetingId }, select: itemSelect });
  if (!item) throw new NotFoundError();
  return item;
}

async function audit(tx: Tx, actor: Actor, meetingId: string, action: string, before: unknown, after: unknown) {
  await writeAudit(tx, {
    actorId: actor.id,
    action: `meeting.agenda.${action}`,
    entityType: "Meeting",
    entityId: meetingId,
    before,
    after,
  });
}

export async function addAgendaItem({
  actor,
  meetingId,
  version,
  startsAt,
  texts,
}: Ref & { startsAt: string; texts: AgendaText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const item = await tx.agendaItem.create({
      data: {
        meetingId,
        position: await positionAfterLast(tx, "agenda", meetingId),
        startsAt: startTime(startsAt, meeting.timeZone),
        translations: { create: texts },
      },
      select: itemSelect,
    });
    await audit(tx, actor, meetingId, "add", null, item);
    return { id: item.id, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function updateAgendaItem({
  actor,
  meetingId,
  version,
  itemId,
  startsAt,
  texts,
}: Ref & { itemId: string; startsAt: string; texts: AgendaText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findItem(tx, meetingId, itemId);
    await tx.agendaItem.update({ where: { id: itemId }, data: { startsAt: startTime(startsAt, meeting.timeZone) } });
    await tx.agendaItemTranslation.deleteMany({
      where: { agendaItemId: itemId, locale: { notIn: texts.map((t) => t.locale) } },
    });
    for (const { locale, title, description } of texts) {
      await tx.agendaItemTranslation.upsert({
        where: { agendaItemId_locale: { agendaItemId: itemId, locale } },
        create: { agendaItemId: itemId, locale, title, description },
        update: { title, description },
      });
    }
    await audit(tx, actor, meetingId, "update", before, await findItem(tx, meetingId, itemId));
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function removeAgendaItem({ actor, meetingId, version, itemId }: Ref & { itemId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findItem(tx, meetingId, itemId);
    await tx.agendaItem.delete({ where: { id: itemId } });
    await closeGaps(tx, "agenda", meetingId);
    await audit(tx, actor, meetingId, "remove", before, null);
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}
