// The one authorization module: every permission of PRODUCT.md's table is
// decided here, and pages, server actions, route handlers and data functions
// ask it. ADMIN: everything. ROCB_STAFF: their structure's region. RTC_REP:
// their own structure's profile, and reading the drafts of what it hosts,
// organizes or is linked to.
//
// Each rule is written twice, side by side: `can()` decides on one record's
// scope (for a page, an action's early check, a button to show), and the
// `…Where()` functions say the same as a Prisma `where`, so data functions
// read and write only rows in the actor's scope, inside the query.
import type { Prisma } from "@/lib/db/generated/client";

export type Role = "ADMIN" | "ROCB_STAFF" | "RTC_REP";

export type Actor = {
  id: string;
  role: Role;
  /** The structure the user belongs to (null for administrators). */
  structureId: string | null;
  /** The region of that structure. */
  regionId: string | null;
};

/**
 * What a record looks like to the permission checks. `regionIds`: the
 * regions of several records at once (a city's gazetteer entry is shown by
 * every published meeting and structure there).
 */
export type Scope = {
  regionId?: string | null;
  structureId?: string | null;
  structureIds?: (string | null)[];
  regionIds?: (string | null)[];
};

export type Action =
  | "staff.enter"
  | "meeting.create"
  | "meeting.update"
  | "meeting.publish"
  | "meeting.delete"
  | "meeting.readDraft"
  | "news.create"
  | "news.update"
  | "news.publish"
  | "news.delete"
  | "news.readDraft"
  | "structure.update"
  | "structure.readDraft"
  | "structure.create"
  | "user.manage"
  | "audit.read"
  | "plan.create"
  | "plan.update"
  | "plan.readDraft"
  | "report.submit"
  | "report.update"
  | "report.review"
  | "report.read"
  // Added for issue 18:
  | "content.chooseRegion"
  | "plan.delete"
  | "plan.area"
  | "report.area"
  | "report.reopen"
  | "gazetteer.write"
  | "gazetteer.review"
  | "organization.manage"
  // Added for issue 24: e-mail subscribers (export and erase on request), the sending queue's state.
  | "alerts.manage"
  | "alerts.queue"
  // Added for issue 21:
  | "decision.update"
  // Added for issue 23: importing news archives as drafts.
  | "import.run";

const inRegion = (actor: Actor, scope?: Scope) =>
  !!actor.regionId && !!scope?.regionId && scope.regionId === actor.regionId;
const ownStructure = (actor: Actor, scope?: Scope) =>
  !!actor.structureId &&
  (scope?.structureId === actor.structureId || (scope?.structureIds ?? []).includes(actor.structureId));

export function can(actor: Actor | null | undefined, action: Action, scope?: Scope): boolean {
  if (!actor) return false;
  if (actor.role === "ADMIN") return true;
  switch (action) {
    case "staff.enter":
      return true;
    case "meeting.create":
    case "news.create":
      // Staff create content for their own region only.
      return actor.role === "ROCB_STAFF" && (!scope || scope.regionId === undefined || inRegion(actor, scope));
    case "meeting.update":
    case "decision.update":
    // A decision's follow-up is edited with its meeting: ROCB staff of the meeting's region.
    case "meeting.publish":
    case "meeting.delete":
    case "news.update":
    case "news.publish":
    case "news.delete":
      return actor.role === "ROCB_STAFF" && inRegion(actor, scope);
    case "meeting.readDraft":
    case "news.readDraft":
      if (actor.role === "ROCB_STAFF") return inRegion(actor, scope);
      return ownStructure(actor, scope);
    case "structure.update":
    case "structure.readDraft":
      if (actor.role === "ROCB_STAFF") return inRegion(actor, scope);
      return ownStructure(actor, scope);
    case "structure.create":
    case "user.manage":
    case "audit.read":
    case "organization.manage":
    case "alerts.manage":
    // The sending queue is one for every region (one worker, one mail server): its
    // state (queued, retrying, failed, sent today, the oldest wait) is the
    // Secretariat's to act on. ROCB staff see their region's subscriber counts
    // and, on publishing, how many will be alerted; not the queue, not even as
    // counts of their region.
    case "alerts.queue":
    case "gazetteer.review":
    case "content.chooseRegion":
      // Administration; and only administrators put content in any region (or none).
      return false;
    case "gazetteer.write":
      // A city's names show on every published record there: staff write
      // them only when every such record is in their region (`regionIds`,
      // listed by the data function); otherwise it is a suggestion.
      return (
        actor.role === "ROCB_STAFF" &&
        !!scope?.regionIds &&
        scope.regionIds.every((regionId) => !!regionId && regionId === actor.regionId)
      );
    case "plan.create":
      return actor.role === "ROCB_STAFF" && (!scope || scope.regionId === undefined || inRegion(actor, scope));
    case "import.run":
      // Imports make drafts in the importer's region (administrators: any region).
      return actor.role === "ROCB_STAFF" && (!scope || scope.regionId === undefined || inRegion(actor, scope));
    case "plan.area":
      // The plans area and the review queue: ROCB staff (each plan then by region).
      return actor.role === "ROCB_STAFF";
    case "report.area":
      // Reporting on activities: RTC representatives (each activity then by centre).
      return actor.role === "RTC_REP";
    case "plan.update":
    case "plan.readDraft":
    case "plan.delete":
    case "report.review":
    case "report.reopen":
      // Joint action plans: ROCB staff of the plan's region plan, review and reopen.
      return actor.role === "ROCB_STAFF" && inRegion(actor, scope);
    case "report.submit":
    case "report.update":
      // Only the responsible centre reports on an activity (scope.structureId).
      return actor.role === "RTC_REP" && ownStructure(actor, scope);
    case "report.read":
      if (actor.role === "ROCB_STAFF") return inRegion(actor, scope);
      return ownStructure(actor, scope);
  }
}

// ---- the same rules as Prisma `where` clauses ----------------------------

/** Matches no row (a real id is never this). */
const nothing = { id: "__none__" } as const;

export type MeetingAction = "meeting.readDraft" | "meeting.update" | "meeting.publish" | "meeting.delete";
export type NewsAction = "news.readDraft" | "news.update" | "news.publish" | "news.delete";
export type StructureAction = "structure.readDraft" | "structure.update";

const regionWhere = (actor: Actor) => (actor.regionId ? { regionId: actor.regionId } : nothing);

/** The meetings `actor` may do `action` on: the meeting's region, or (reading) the host or organizer structure. */
export function meetingWhere(actor: Actor, action: MeetingAction): Prisma.MeetingWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return regionWhere(actor);
  if (action !== "meeting.readDraft" || !actor.structureId) return nothing;
  return { OR: [{ hostStructureId: actor.structureId }, { organizerStructureId: actor.structureId }] };
}

/** The articles `actor` may do `action` on: the article's region, or (reading) articles about their structure. */
export function newsWhere(actor: Actor, action: NewsAction): Prisma.NewsArticleWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return regionWhere(actor);
  if (action !== "news.readDraft" || !actor.structureId) return nothing;
  return { structures: { some: { structureId: actor.structureId } } };
}

/** The structures `actor` may read or edit the profile of: their region's, or their own. */
export function structureWhere(actor: Actor, _action: StructureAction): Prisma.StructureWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return regionWhere(actor);
  return actor.structureId ? { id: actor.structureId } : nothing;
}

export type PlanAction = "plan.update" | "plan.readDraft" | "plan.delete";
export type ReportAction = "report.update" | "report.review" | "report.read" | "report.reopen";

/** Plans (and their activities) `actor` may read as staff or change: ROCB staff of the plan's region. */
export function planWhere(actor: Actor, _action: PlanAction): Prisma.ActionPlanWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return regionWhere(actor);
  return nothing;
}

/** Activities `actor` may report on: the responsible centre's, in a plan that is not a draft. */
export function reportableActivityWhere(actor: Actor): Prisma.ActivityWhereInput {
  const open = { plan: { status: { not: "DRAFT" as const } } };
  if (actor.role === "ADMIN") return open;
  if (actor.role === "RTC_REP" && actor.structureId) return { ...open, responsibleStructureId: actor.structureId };
  return nothing;
}

/**
 * Activities whose report deadlines `actor` watches on the dashboard: ROCB
 * staff, those of their region's plans (not drafts); administrators, all.
 */
export function deadlineActivityWhere(actor: Actor): Prisma.ActivityWhereInput {
  const open = { status: { not: "DRAFT" as const } };
  if (actor.role === "ADMIN") return { plan: open };
  if (actor.role === "ROCB_STAFF" && actor.regionId) return { plan: { ...open, regionId: actor.regionId } };
  return nothing;
}

/**
 * The accounts that report on the activities of these structures (who gets a
 * deadline reminder): the active representatives of the centre, as
 * can("report.submit") has it.
 */
export function reportingUsersWhere(structureIds: string[]): Prisma.UserWhereInput {
  return { active: true, role: "RTC_REP", structureId: { in: structureIds } };
}

const reportStatusFor: Record<ReportAction, Prisma.ProgressReportWhereInput> = {
  "report.update": { status: { in: ["SUBMITTED", "RETURNED"] } },
  "report.review": { status: "SUBMITTED" },
  "report.reopen": { status: "ACCEPTED" },
  "report.read": {},
};

/**
 * Progress reports `actor` may do `action` on. Update: the responsible
 * centre's, until accepted (a returned report is edited and sent again).
 * Review: ROCB staff of the plan's region, a report awaiting review. Reopen:
 * the same staff, an accepted report (it goes back to review). Read: both
 * sides of the report.
 */
export function reportWhere(actor: Actor, action: ReportAction): Prisma.ProgressReportWhereInput {
  const status = reportStatusFor[action];
  if (actor.role === "ADMIN") return status;
  if (actor.role === "ROCB_STAFF") {
    return action === "report.update" || !actor.regionId
      ? nothing
      : { ...status, activity: { plan: { regionId: actor.regionId } } };
  }
  if (action === "report.review" || action === "report.reopen" || !actor.structureId) return nothing;
  return { ...status, activity: { responsibleStructureId: actor.structureId } };
}

/**
 * The actor's own reports, listed on their dashboard ("returned to you"):
 * a centre's representatives share their centre's reports; anyone else
 * (an administrator) only those they submitted.
 */
export function ownReportsWhere(actor: Actor): Prisma.ProgressReportWhereInput {
  if (actor.role === "RTC_REP" && actor.structureId) return { activity: { responsibleStructureId: actor.structureId } };
  return { submittedById: actor.id };
}

/** Decisions (outcomes of kind DECISION) whose follow-up `actor` may record: those of meetings of their region. */
export function decisionWhere(actor: Actor): Prisma.MeetingOutcomeWhereInput {
  if (actor.role === "ADMIN") return { kind: "DECISION" };
  if (actor.role === "ROCB_STAFF" && actor.regionId) return { kind: "DECISION", meeting: { regionId: actor.regionId } };
  return nothing;
}

/** Organizations (partners, administrations…) `actor` may edit, merge or delete: administrators'. */
export function organizationWhere(actor: Actor): Prisma.OrganizationWhereInput {
  return actor.role === "ADMIN" ? {} : nothing;
}

/** Gazetteer suggestions `actor` may approve or reject: administrators'. */
export function citySuggestionWhere(actor: Actor): Prisma.CityNameSuggestionWhereInput {
  return actor.role === "ADMIN" ? {} : nothing;
}

/** Meeting series an actor may choose: global ones and their region's. */
export function seriesWhere(actor: Actor): Prisma.MeetingSeriesWhereInput {
  if (actor.role === "ADMIN") return {};
  return { OR: [{ regionId: null }, { regionId: actor.regionId ?? nothing.id }] };
}

/** Regions an actor may assign content to: all, or their own. */
export function regionChoiceWhere(actor: Actor): Prisma.RegionWhereInput {
  return actor.role === "ADMIN" ? {} : { id: actor.regionId ?? nothing.id };
}

/** Which areas of the staff workspace a user sees in the navigation. */
export function staffAreas(actor: Actor) {
  return {
    // Everyone lists the meetings they may read (RTC representatives: their centre's, read-only).
    meetings: can(actor, "staff.enter"),
    news: can(actor, "news.create"),
    structures: true,
    users: can(actor, "user.manage"),
    audit: can(actor, "audit.read"),
    plans: can(actor, "plan.area"),
    reports: can(actor, "report.area"),
    organizations: can(actor, "organization.manage"),
    places: can(actor, "gazetteer.review"),
    subscribers: can(actor, "alerts.manage"),
    import: can(actor, "import.run"),
  };
}

export class ForbiddenError extends Error {
  name = "ForbiddenError";
}

export function assertCan(actor: Actor | null | undefined, action: Action, scope?: Scope): asserts actor is Actor {
  if (!can(actor, action, scope)) throw new ForbiddenError(action);
}
