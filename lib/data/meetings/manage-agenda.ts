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
  endsAt: true,
  sessionId: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, description: true } },
  speakers: { orderBy: { position: "asc" }, select: { personId: true } },
} as const;

/** The times, session and speakers of an item as its form sends them (local times at the venue). */
type ItemPlace = { startsAt: string; endsAt?: string; sessionId?: string | null; speakerIds?: string[] };

/** The agenda of a meeting in the actor's scope, in order (one query). */
export function listAgendaItems({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return prisma.agendaItem.findMany({
    where: { meetingId, meeting: meetingWhere(actor, "meeting.update") },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: itemSelect,
  });
}

/**
 * The item's columns from its form: times read in the meeting's zone (an end
 * needs a start and comes after it), a session and speakers of this meeting
 * only. Every error at once.
 */
async function itemColumns(tx: Tx, meetingId: string, timeZone: string, place: ItemPlace) {
  const startsAt = localDateTimeToUtc(place.startsAt, timeZone);
  const endsAt = localDateTimeToUtc(place.endsAt ?? "", timeZone);
  const errors: Record<string, string[]> = {};
  if (startsAt === undefined) errors.startsAt = ["invalidDate"];
  if (endsAt === undefined) errors.endsAt = ["invalidDate"];
  else if (endsAt && (!startsAt || endsAt <= startsAt)) errors.endsAt = ["endBeforeStart"];
  const [session, people] = await Promise.all([
    place.sessionId
      ? tx.meetingSession.findFirst({ where: { id: place.sessionId, meetingId }, select: { id: true } })
      : null,
    place.speakerIds?.length
      ? tx.attendeePerson.findMany({
          where: { id: { in: place.speakerIds }, attendee: { meetingId } },
          select: { id: true },
        })
      : [],
  ]);
  if (place.sessionId && !session) errors.sessionId = ["invalid"];
  const speakerIds = [...new Set(place.speakerIds ?? [])];
  if (people.length !== speakerIds.length) errors.speakerIds = ["invalid"];
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
  return {
    startsAt: startsAt ?? null,
    endsAt: endsAt ?? null,
    sessionId: place.sessionId ?? null,
    speakers: speakerIds.map((personId, position) => ({ personId, position })),
  };
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
  texts,
  ...place
}: Ref & ItemPlace & { texts: AgendaText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const { speakers, ...columns } = await itemColumns(tx, meetingId, meeting.timeZone, place);
    const item = await tx.agendaItem.create({
      data: {
        meetingId,
        position: await positionAfterLast(tx, "agenda", meetingId),
        ...columns,
        translations: { create: texts },
        speakers: { create: speakers },
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
  texts,
  ...place
}: Ref & ItemPlace & { itemId: string; texts: AgendaText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findItem(tx, meetingId, itemId);
    const { speakers, ...columns } = await itemColumns(tx, meetingId, meeting.timeZone, place);
    await tx.agendaItem.update({
      where: { id: itemId },
      data: { ...columns, speakers: { deleteMany: {}, create: speakers } },
    });
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
