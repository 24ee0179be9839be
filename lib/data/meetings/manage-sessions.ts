import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import type { SessionText } from "@/lib/validation/meeting-items";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";
import { closeGaps, positionAfterLast } from "./move-meeting-child";

// Sessions of a meeting's timetable: read, add, edit, remove (moves:
// move-meeting-child.ts). Removing a session keeps its items, without a
// session. Each change claims the meeting's version and is audited on it.

type Ref = { actor: Actor; meetingId: string; version: number };
type SessionValues = { chairId: string | null; room: string; link: string; texts: SessionText[] };

const sessionSelect = {
  id: true,
  position: true,
  chairId: true,
  room: true,
  link: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true } },
} as const;

/** The sessions of a meeting in the actor's scope, in order (one query). */
export function listSessions({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return prisma.meetingSession.findMany({
    where: { meetingId, meeting: meetingWhere(actor, "meeting.update") },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: sessionSelect,
  });
}

/** The people of a meeting's attendees, who may speak or chair, with the organization they came with. */
export function listMeetingPeople({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return prisma.attendeePerson.findMany({
    where: { attendee: { meetingId, meeting: meetingWhere(actor, "meeting.update") } },
    orderBy: [{ attendee: { position: "asc" } }, { position: "asc" }],
    select: { id: true, fullName: true, publicConsent: true },
  });
}

async function checkChair(tx: Tx, meetingId: string, chairId: string | null) {
  if (!chairId) return;
  const chair = await tx.attendeePerson.findFirst({
    where: { id: chairId, attendee: { meetingId } },
    select: { id: true },
  });
  if (!chair) throw new FieldValidationError({ chairId: ["invalid"] });
}

async function findSession(tx: Tx, meetingId: string, sessionId: string) {
  const session = await tx.meetingSession.findFirst({ where: { id: sessionId, meetingId }, select: sessionSelect });
  if (!session) throw new NotFoundError();
  return session;
}

async function audit(tx: Tx, actor: Actor, meetingId: string, action: string, before: unknown, after: unknown) {
  await writeAudit(tx, {
    actorId: actor.id,
    action: `meeting.session.${action}`,
    entityType: "Meeting",
    entityId: meetingId,
    before,
    after,
  });
}

export async function addSession({ actor, meetingId, version, texts, ...values }: Ref & SessionValues) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    await checkChair(tx, meetingId, values.chairId);
    const session = await tx.meetingSession.create({
      data: {
        meetingId,
        position: await positionAfterLast(tx, "sessions", meetingId),
        ...values,
        translations: { create: texts },
      },
      select: sessionSelect,
    });
    await audit(tx, actor, meetingId, "add", null, session);
    return { id: session.id, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function updateSession({
  actor,
  meetingId,
  version,
  itemId,
  texts,
  ...values
}: Ref & SessionValues & { itemId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findSession(tx, meetingId, itemId);
    await checkChair(tx, meetingId, values.chairId);
    await tx.meetingSession.update({
      where: { id: itemId },
      data: {
        ...values,
        translations: { deleteMany: {}, create: texts },
      },
    });
    await audit(tx, actor, meetingId, "update", before, await findSession(tx, meetingId, itemId));
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function removeSession({ actor, meetingId, version, itemId }: Ref & { itemId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findSession(tx, meetingId, itemId);
    await tx.meetingSession.delete({ where: { id: itemId } });
    await closeGaps(tx, "sessions", meetingId);
    await audit(tx, actor, meetingId, "remove", before, null);
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}
