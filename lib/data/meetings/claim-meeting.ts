import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { ForbiddenError, meetingWhere, type Actor, type MeetingAction, type Scope } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { staffTitle, translationStates } from "@/lib/content/translation-states";
import { NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import type { AppLocale } from "@/i18n/routing";

// The one seam through which staff reach a meeting. Pages, the CSV route and
// server actions ask `findMeetingForStaff` / `meetingScopeOf`; every mutation
// of a meeting or of one of its parts (texts, agenda, outcomes, attendees,
// documents, links) claims it with `claimMeeting` inside its transaction and
// refreshes the pages `meetingTags` names.

export type Tx = Prisma.TransactionClient;

const scopeSelect = { regionId: true, hostStructureId: true, organizerStructureId: true } as const;

/** What the permission checks see of a meeting: its region and its host and organizer. */
export function meetingPermissionScope(row: {
  regionId: string | null;
  hostStructureId: string | null;
  organizerStructureId: string | null;
}): Scope {
  return { regionId: row.regionId, structureIds: [row.hostStructureId, row.organizerStructureId] };
}

/** An action's early check: the meeting's scope, or null for an unknown id (the data function then reports it). */
export async function meetingScopeOf(id: string): Promise<Scope | null> {
  const row = await prisma.meeting.findUnique({ where: { id }, select: scopeSelect });
  return row ? meetingPermissionScope(row) : null;
}

const claimSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  timeZone: true,
  startsAt: true,
  ...scopeSelect,
} as const;

export type ClaimedMeeting = Prisma.MeetingGetPayload<{ select: typeof claimSelect }>;

/**
 * Claims the meeting for one change, inside the caller's transaction: its
 * version goes up if, and only if, it is still the version the form was
 * loaded with AND the meeting is in the actor's scope for `action` — both in
 * the UPDATE's own `where`. The row then stays locked until commit, so a
 * concurrent change waits and finds the version gone. Throws NotFoundError,
 * ForbiddenError or StaleVersionError; returns the meeting (version bumped).
 */
export async function claimMeeting(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  action: MeetingAction = "meeting.update",
): Promise<ClaimedMeeting> {
  const scope = meetingWhere(actor, action);
  const { count } = await tx.meeting.updateMany({
    where: { AND: [{ id, version }, scope] },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    // Why not: out of scope, unknown, or changed since the form was loaded.
    if (!(await tx.meeting.count({ where: { AND: [{ id }, scope] } }))) {
      throw (await tx.meeting.count({ where: { id } })) ? new ForbiddenError(action) : new NotFoundError();
    }
    throw new StaleVersionError();
  }
  return tx.meeting.findUniqueOrThrow({ where: { id }, select: claimSelect });
}

/**
 * Cache tags to refresh after a change to a meeting: its own, and the lists
 * and pages of every public meeting when it is (or was) public.
 */
export function meetingTags(id: string, ...statuses: (string | null | undefined)[]): string[] {
  const everPublic = statuses.some((status) => status && status !== "DRAFT");
  return everPublic ? [cacheTags.meetings, cacheTags.meeting(id)] : [cacheTags.meeting(id)];
}

const headerSelect = {
  ...claimSelect,
  endsAt: true,
  publishAt: true,
  translations: { select: { locale: true, status: true, title: true } },
} as const;

type HeaderRow = Prisma.MeetingGetPayload<{ select: typeof headerSelect }>;

/** What every tab of the meeting editor shows on top: title, status, translation chips, and whether the public sees it now. */
function editorHeader(row: HeaderRow, locale: AppLocale) {
  const now = Date.now();
  const isPublic =
    row.status !== "DRAFT" &&
    row.translations.some((t) => t.status === "PUBLISHED") &&
    (!row.publishAt || row.publishAt.getTime() <= now);
  const { translations, ...meeting } = row;
  return {
    ...meeting,
    ...staffTitle(translations, locale, row.slug),
    translationStates: translationStates(translations),
    publishedLocales: translations.filter((t) => t.status === "PUBLISHED").map((t) => t.locale as AppLocale),
    isPublic,
    scope: meetingPermissionScope(row),
  };
}

export type MeetingEditorHeader = ReturnType<typeof editorHeader>;

export type StaffRecord<T> = { state: "ok"; record: T } | { state: "forbidden" } | { state: "notFound" };

/**
 * The access check of every page of a meeting's editor and of its CSV route:
 * the meeting read inside the actor's scope for `action`, with its header;
 * or why not (out of scope: 403; unknown: 404). Two queries at most.
 */
export async function findMeetingForStaff({
  actor,
  id,
  action,
  locale,
}: {
  actor: Actor;
  id: string;
  action: MeetingAction;
  locale: AppLocale;
}): Promise<StaffRecord<MeetingEditorHeader>> {
  const row = await prisma.meeting.findFirst({
    where: { AND: [{ id }, meetingWhere(actor, action)] },
    select: headerSelect,
  });
  if (row) return { state: "ok", record: editorHeader(row, locale) };
  return (await prisma.meeting.count({ where: { id } })) ? { state: "forbidden" } : { state: "notFound" };
}
