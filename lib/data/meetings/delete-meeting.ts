import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import { deleteDraft } from "@/lib/data/drafts/delete-draft";
import { meetingTags } from "./claim-meeting";
import { meetingSnapshot } from "./save-meeting";

/**
 * Deletes a draft meeting with its texts, agenda, outcomes, attendees,
 * documents and links (news and plans that named it keep existing, without
 * the link), audited with the meeting as it was.
 */
export async function deleteDraftMeeting({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  const result = await deleteDraft({
    actorId: actor.id,
    id,
    version,
    action: "meeting.delete",
    entityType: "Meeting",
    table: (tx) => ({
      deleteMany: (where) => tx.meeting.deleteMany({ where }),
      count: (where) => tx.meeting.count({ where }),
    }),
    scope: meetingWhere(actor, "meeting.delete"),
    snapshot: async (tx) => {
      const found = await tx.meeting.count({ where: { id } });
      if (!found) return null;
      const [meeting, counts] = await Promise.all([
        meetingSnapshot(tx, id),
        tx.meeting.findUniqueOrThrow({
          where: { id },
          select: { _count: { select: { agendaItems: true, outcomes: true, attendees: true, documents: true } } },
        }),
      ]);
      return { ...meeting, parts: counts._count };
    },
    files: async (tx) =>
      (await tx.meetingDocument.findMany({ where: { meetingId: id }, select: { storageKey: true } })).map(
        (d) => d.storageKey,
      ),
  });
  return { ...result, tags: meetingTags(id, "DRAFT") };
}

/** What goes with a draft meeting, for its confirmation page. */
export async function getDraftMeetingParts(id: string) {
  const row = await prisma.meeting.findUnique({
    where: { id },
    select: { _count: { select: { agendaItems: true, outcomes: true, attendees: true, documents: true } } },
  });
  return row?._count ?? { agendaItems: 0, outcomes: 0, attendees: 0, documents: 0 };
}
