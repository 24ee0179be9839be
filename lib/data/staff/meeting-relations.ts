import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { cacheTags } from "@/lib/cache/tags";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { publicMeetingWhere } from "../visibility";
import { meetingScope } from "../scope";
import { claimMeeting, meetingTags } from "./meeting-access";

// Links between meetings (held back-to-back, follow-up, related). A link is
// stored once, from the meeting being edited; the public page shows it on
// both meetings, so both are refreshed.

type Ref = { actor: Actor; meetingId: string; version: number };
type Kind = "BACK_TO_BACK" | "FOLLOW_UP" | "RELATED";

const either = (a: string, b: string) => ({
  OR: [
    { fromMeetingId: a, toMeetingId: b },
    { fromMeetingId: b, toMeetingId: a },
  ],
});

export async function linkMeetings({ actor, meetingId, version, targetId, kind }: Ref & { targetId: string; kind: Kind }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version, "meeting.update");
    if (targetId === meetingId) throw new FieldValidationError({ targetId: ["invalid"] });
    // The other meeting must be one the actor can see: in their scope, or public.
    const target = await tx.meeting.findFirst({
      where: { AND: [{ id: targetId }, { OR: [meetingScope(actor), publicMeetingWhere()] }] },
      select: { id: true, status: true },
    });
    if (!target) throw new FieldValidationError({ targetId: ["invalid"] });
    if (await tx.meetingRelation.findFirst({ where: either(meetingId, targetId), select: { kind: true } })) {
      throw new FieldValidationError({ targetId: ["alreadyLinked"] });
    }
    const link = await tx.meetingRelation.create({ data: { fromMeetingId: meetingId, toMeetingId: targetId, kind } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.related.add", entityType: "Meeting", entityId: meetingId, after: link });
    return { targetId, tags: [...meetingTags(meetingId, meeting.status), ...meetingTags(targetId, target.status), cacheTags.meeting(targetId)] };
  });
}

export async function unlinkMeetings({ actor, meetingId, version, targetId }: Ref & { targetId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version, "meeting.update");
    const links = await tx.meetingRelation.findMany({ where: either(meetingId, targetId) });
    if (!links.length) throw new NotFoundError();
    await tx.meetingRelation.deleteMany({ where: either(meetingId, targetId) });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.related.remove", entityType: "Meeting", entityId: meetingId, before: links });
    const wasPublic = meeting.status !== "DRAFT" ? [cacheTags.meetings] : [];
    return { targetId, tags: [...meetingTags(meetingId, meeting.status), ...wasPublic, cacheTags.meeting(targetId)] };
  });
}
