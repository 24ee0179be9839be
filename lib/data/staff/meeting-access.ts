import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { assertCan, type Action, type Actor, type Scope } from "@/lib/auth/permissions";
import { NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { cacheTags } from "@/lib/cache/tags";
import { meetingScope } from "../scope";

// The one way a staff mutation gets hold of a meeting: inside the caller's
// transaction, load its scope, ask the permissions module, then claim the
// version the form was loaded with (the row stays locked until commit, so a
// concurrent save waits and then finds the version gone).

type Tx = Prisma.TransactionClient;

export const meetingScopeSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  regionId: true,
  hostStructureId: true,
  organizerStructureId: true,
  timeZone: true,
} as const;

export type MeetingScopeRow = {
  id: string;
  slug: string;
  status: string;
  version: number;
  regionId: string | null;
  hostStructureId: string | null;
  organizerStructureId: string | null;
  timeZone: string;
};

/** What the permission checks see of a meeting: its region and its host and organizer. */
export function meetingPermissionScope(row: Pick<MeetingScopeRow, "regionId" | "hostStructureId" | "organizerStructureId">): Scope {
  return { regionId: row.regionId, structureIds: [row.hostStructureId, row.organizerStructureId] };
}

/** For pages: the scope of a meeting (no content), or null when the id is unknown. */
export async function getMeetingPermissionScope(id: string): Promise<Scope | null> {
  const row = await prisma.meeting.findUnique({ where: { id }, select: { regionId: true, hostStructureId: true, organizerStructureId: true } });
  return row ? meetingPermissionScope(row) : null;
}

/**
 * Loads the meeting, checks `action` on it, and bumps its version if it is
 * still `version`; throws NotFoundError, ForbiddenError or StaleVersionError.
 */
export async function claimMeeting(tx: Tx, actor: Actor, id: string, version: number, action: Action | Action[]): Promise<MeetingScopeRow> {
  const row = await tx.meeting.findUnique({ where: { id }, select: meetingScopeSelect });
  if (!row) throw new NotFoundError();
  for (const each of Array.isArray(action) ? action : [action]) assertCan(actor, each, meetingPermissionScope(row));
  const { count } = await tx.meeting.updateMany({
    where: { AND: [{ id, version }, meetingScope(actor)] },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersionError();
  return row;
}

/**
 * Cache tags to refresh after a change: the meeting's own, and the lists and
 * pages of every public meeting when it is (or was) published.
 */
export function meetingTags(id: string, ...statuses: (string | null | undefined)[]): string[] {
  const everPublic = statuses.some((status) => status && status !== "DRAFT");
  return everPublic ? [cacheTags.meetings, cacheTags.meeting(id)] : [cacheTags.meeting(id)];
}
