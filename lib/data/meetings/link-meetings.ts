import "server-only";
import { prisma } from "@/lib/db/client";
import { ForbiddenError, meetingWhere, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";

// Links between meetings (held back-to-back, follow-up, related). A link is
// stored once but shown on the public pages of BOTH meetings, so it is part
// of both: linking and unlinking need the right to edit both meetings
// (checked inside the query, like every write). Staff of one region can
// therefore never change another region's public page through a link; an
// administrator links meetings across regions.

type Ref = { actor: Actor; meetingId: string; version: number };
type Kind = "BACK_TO_BACK" | "FOLLOW_UP" | "RELATED";

const either = (a: string, b: string) => ({
  OR: [
    { fromMeetingId: a, toMeetingId: b },
    { fromMeetingId: b, toMeetingId: a },
  ],
});

/** The other meeting of a link, if the actor may edit it; ForbiddenError if not, a field error if it does not exist. */
async function editableOther(tx: Tx, actor: Actor, id: string) {
  const target = await tx.meeting.findFirst({
    where: { AND: [{ id }, meetingWhere(actor, "meeting.update")] },
    select: { id: true, status: true },
  });
  if (target) return target;
  if (await tx.meeting.count({ where: { id } })) throw new ForbiddenError("meeting.update");
  throw new FieldValidationError({ targetId: ["invalid"] });
}

export async function linkMeetings({
  actor,
  meetingId,
  version,
  targetId,
  kind,
}: Ref & { targetId: string; kind: Kind }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    if (targetId === meetingId) throw new FieldValidationError({ targetId: ["invalid"] });
    const target = await editableOther(tx, actor, targetId);
    if (await tx.meetingRelation.findFirst({ where: either(meetingId, targetId), select: { kind: true } })) {
      throw new FieldValidationError({ targetId: ["alreadyLinked"] });
    }
    const link = await tx.meetingRelation.create({ data: { fromMeetingId: meetingId, toMeetingId: targetId, kind } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.related.add",
      entityType: "Meeting",
      entityId: meetingId,
      after: link,
    });
    return { id: targetId, tags: [...meetingTags(meetingId, meeting.status), ...meetingTags(targetId, target.status)] };
  });
}

export async function unlinkMeetings({ actor, meetingId, version, targetId }: Ref & { targetId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const links = await tx.meetingRelation.findMany({ where: either(meetingId, targetId) });
    if (!links.length) throw new NotFoundError();
    const target = await editableOther(tx, actor, targetId);
    await tx.meetingRelation.deleteMany({ where: either(meetingId, targetId) });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.related.remove",
      entityType: "Meeting",
      entityId: meetingId,
      before: links,
    });
    return { id: targetId, tags: [...meetingTags(meetingId, meeting.status), ...meetingTags(targetId, target.status)] };
  });
}
