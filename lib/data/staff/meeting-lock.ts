import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { cacheTags } from "@/lib/cache/tags";

// The parts of a meeting (attendees, documents) are edited under the meeting's
// own version: every change bumps it, and a change made from a stale page is
// refused. Bumping the version first also locks the meeting's row until the
// transaction ends, so two changes to the same list never interleave.

export type Tx = Prisma.TransactionClient;

/** What "meeting.update" is decided on, or null for an unknown meeting. */
export async function findMeetingEditScope(meetingId: string): Promise<{ regionId: string | null } | null> {
  return prisma.meeting.findUnique({ where: { id: meetingId }, select: { regionId: true } });
}

/** The cheap check of the action wrapper; an unknown meeting is left to the data function (a "no longer exists" message). */
export async function mayEditMeeting(actor: Actor, meetingId: string): Promise<boolean> {
  const scope = await findMeetingEditScope(meetingId);
  return !scope || can(actor, "meeting.update", scope);
}

/** Inside a transaction: the definitive permission check, then the version bump (refusing a stale version). */
export async function lockMeetingForEdit(tx: Tx, actor: Actor, meetingId: string, version: number) {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, regionId: true } });
  if (!meeting) throw new NotFoundError();
  assertCan(actor, "meeting.update", { regionId: meeting.regionId });
  const { count } = await tx.meeting.updateMany({ where: { id: meetingId, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw new StaleVersionError();
  return { id: meeting.id, version: version + 1 };
}

/** The public pages that show a meeting's attendees and documents (its page, lists, structure profiles). */
export const meetingTags = (meetingId: string) => [cacheTags.meetings, cacheTags.meeting(meetingId)];
