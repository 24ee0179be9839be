import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import {
  closedGaps,
  movedPositions,
  nextPosition,
  sortedIds,
  type Direction,
  type Positioned,
} from "@/lib/content/positions";
import { NotFoundError } from "@/lib/errors/app-errors";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";

// The ordered child lists of a meeting, served by one module and one
// algorithm (lib/content/positions.ts). Callers have claimed the meeting
// (meeting-access.ts), so its row is locked and no two changes to one list
// interleave.

export type ChildList = "agenda" | "sessions" | "outcomes" | "attendees" | "documents";

/** How the audit log names a change to each list ("meeting.agenda.move"…). */
export const childAuditPrefix: Record<ChildList, string> = {
  agenda: "meeting.agenda",
  sessions: "meeting.session",
  outcomes: "meeting.outcome",
  attendees: "meeting.attendee",
  documents: "meeting.document",
};

const positioned = { id: true, position: true } as const;

const lists: Record<
  ChildList,
  {
    rows: (tx: Tx, meetingId: string) => Promise<Positioned[]>;
    place: (tx: Tx, id: string, position: number) => Promise<unknown>;
  }
> = {
  agenda: {
    rows: (tx, meetingId) => tx.agendaItem.findMany({ where: { meetingId }, select: positioned }),
    place: (tx, id, position) => tx.agendaItem.update({ where: { id }, data: { position }, select: { id: true } }),
  },
  sessions: {
    rows: (tx, meetingId) => tx.meetingSession.findMany({ where: { meetingId }, select: positioned }),
    place: (tx, id, position) => tx.meetingSession.update({ where: { id }, data: { position }, select: { id: true } }),
  },
  outcomes: {
    rows: (tx, meetingId) => tx.meetingOutcome.findMany({ where: { meetingId }, select: positioned }),
    place: (tx, id, position) => tx.meetingOutcome.update({ where: { id }, data: { position }, select: { id: true } }),
  },
  attendees: {
    rows: (tx, meetingId) => tx.attendee.findMany({ where: { meetingId }, select: positioned }),
    place: (tx, id, position) => tx.attendee.update({ where: { id }, data: { position }, select: { id: true } }),
  },
  documents: {
    rows: (tx, meetingId) => tx.meetingDocument.findMany({ where: { meetingId }, select: positioned }),
    place: (tx, id, position) => tx.meetingDocument.update({ where: { id }, data: { position }, select: { id: true } }),
  },
};

async function write(tx: Tx, list: ChildList, changes: Positioned[]) {
  for (const change of changes) await lists[list].place(tx, change.id, change.position);
}

/** The position of a new last item. */
export async function positionAfterLast(tx: Tx, list: ChildList, meetingId: string): Promise<number> {
  return nextPosition(await lists[list].rows(tx, meetingId));
}

/** Moves an item one place; the order before and after, for the audit log. NotFoundError for an item of another meeting. */
async function moveChild(tx: Tx, list: ChildList, meetingId: string, itemId: string, direction: Direction) {
  const rows = await lists[list].rows(tx, meetingId);
  const changes = movedPositions(rows, itemId, direction);
  if (!changes) throw new NotFoundError();
  await write(tx, list, changes);
  return { before: { order: sortedIds(rows) }, after: { order: sortedIds(rows, changes), moved: itemId, direction } };
}

/** After an item was deleted: the others renumbered 0..n-1. */
export async function closeGaps(tx: Tx, list: ChildList, meetingId: string) {
  await write(tx, list, closedGaps(await lists[list].rows(tx, meetingId)));
}

/** The whole change "move this item one place": claim, move, audit, and the tags to refresh. */
export async function moveMeetingChild({
  actor,
  meetingId,
  version,
  itemId,
  direction,
  list,
}: {
  actor: Actor;
  meetingId: string;
  version: number;
  itemId: string;
  direction: Direction;
  list: ChildList;
}) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const { before, after } = await moveChild(tx, list, meetingId, itemId, direction);
    await writeAudit(tx, {
      actorId: actor.id,
      action: `${childAuditPrefix[list]}.move`,
      entityType: "Meeting",
      entityId: meetingId,
      before,
      after,
    });
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}
