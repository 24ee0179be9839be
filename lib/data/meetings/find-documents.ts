import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import { publicMeetingWhere } from "../visibility";

// Who may download a meeting document: anyone when its meeting is public and
// it is not marked staff only; otherwise only staff who may read the meeting's drafts.

const fileSelect = { storageKey: true, fileName: true, mimeType: true, sizeBytes: true } as const;

/** A public document of a publicly visible meeting, or null. One query. */
export async function findPublicDocument(id: string) {
  return prisma.meetingDocument.findFirst({
    where: { id, isPublic: true, meeting: publicMeetingWhere() },
    select: fileSelect,
  });
}

/** A document of a meeting whose drafts the actor may read, or null. One query, scoped in its where. */
export async function findStaffDocument({ actor, id }: { actor: Actor; id: string }) {
  return prisma.meetingDocument.findFirst({
    where: { id, meeting: meetingWhere(actor, "meeting.readDraft") },
    select: fileSelect,
  });
}
