import "server-only";
import { prisma } from "@/lib/db/client";
import type { AlertContent, AlertFrequency, AlertRecordKind, Prisma } from "@/lib/db/generated/client";
import { publicMeetingWhere, publicNewsWhere } from "@/lib/data/visibility";
import { nextDigestAt } from "@/lib/content/digest-time";
import { getConfig } from "@/lib/config";

type Tx = Prisma.TransactionClient;

/** The records staff publish and correct with "notify subscribers" (a progress report is announced when accepted). */
export type EditedKind = Extract<AlertRecordKind, "NEWS" | "MEETING">;

// From publication to the sending queue. A record's first publication (its
// publishedAt, or its scheduled publishAt coming due) becomes one AlertEvent,
// unique per record: whichever instance sees it first creates it and, in the
// same transaction, one AlertDelivery per subscriber it concerns. An edit, or
// a second publication after an unpublish, finds the event there and sends
// nothing. A plan's progress is announced the same way, one event per
// progress report when it is accepted. Only records public within LOOKBACK count, so the first run after
// an upgrade does not announce the archive. A correction is announced only
// when staff tick "notify subscribers" on the save (queueCorrection), as its
// own event (revision = the record's version after the save).
//
// Decisions (issue 21's MeetingOutcome of kind DECISION) are "decisions and
// plans' progress": a decision is new when its meeting is first made public
// with it (announced with the meeting, in one batch: an immediate alert
// gathers them in one mail) or when it is added to a meeting already public
// (queueNewDecision, in that save's transaction); its status becoming DONE is
// progress, announced once (queueDecisionDone). An edit of its text sends
// nothing.

export const LOOKBACK_MS = 2 * 24 * 3600 * 1000;

/** What a subscriber chose to follow that a record of each kind is. */
const contentOf: Record<AlertRecordKind, AlertContent> = {
  NEWS: "NEWS",
  MEETING: "MEETINGS",
  REPORT: "PLANS",
  DECISION: "PLANS",
  DECISION_DONE: "PLANS",
};

const frequencyRank: Record<AlertFrequency, number> = { IMMEDIATE: 0, DAILY: 1, WEEKLY: 2 };

type Candidate = {
  kind: AlertRecordKind;
  id: string;
  publishedAt: Date;
  regionId: string | null;
  seriesId: string | null;
  structureIds: string[];
  topicIds: string[];
  /** Events announced together: a meeting and the decisions made public with it (the meeting's id). */
  batch?: string;
};

const meetingScopeSelect = {
  id: true,
  publishAt: true,
  publishedAt: true,
  regionId: true,
  seriesId: true,
  hostStructureId: true,
  organizerStructureId: true,
} as const;

const decisionSelect = {
  id: true,
  meeting: { select: meetingScopeSelect },
  responsible: { select: { structureId: true } },
} as const;

type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingScopeSelect }>;
type DecisionRow = Prisma.MeetingOutcomeGetPayload<{ select: typeof decisionSelect }>;

function meetingCandidate(m: MeetingRow, now: Date): Candidate {
  return {
    kind: "MEETING",
    id: m.id,
    publishedAt: m.publishAt ?? m.publishedAt ?? now,
    regionId: m.regionId,
    seriesId: m.seriesId,
    structureIds: [m.hostStructureId, m.organizerStructureId].filter((id): id is string => !!id),
    topicIds: [],
    batch: m.id,
  };
}

/** A decision: its meeting's region, series, host and organizer, and the structures responsible for it. */
function decisionCandidate(d: DecisionRow, kind: "DECISION" | "DECISION_DONE", now: Date): Candidate {
  const meeting = meetingCandidate(d.meeting, now);
  return {
    ...meeting,
    kind,
    id: d.id,
    structureIds: [...new Set([...meeting.structureIds, ...d.responsible.map((r) => r.structureId)])],
  };
}

function publishedWithin(since: Date, now: Date) {
  return {
    OR: [{ publishAt: null, publishedAt: { gt: since, lte: now } }, { publishAt: { gt: since, lte: now } }],
  };
}

async function candidates(now: Date): Promise<Candidate[]> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const [news, meetings, reports, decisions] = await Promise.all([
    prisma.newsArticle.findMany({
      where: { AND: [publicNewsWhere(now), publishedWithin(since, now)] },
      select: {
        id: true,
        publishAt: true,
        publishedAt: true,
        regionId: true,
        meeting: { select: { seriesId: true } },
        structures: { select: { structureId: true } },
        topics: { select: { topicId: true } },
      },
    }),
    prisma.meeting.findMany({
      where: { AND: [publicMeetingWhere(now), publishedWithin(since, now)] },
      select: meetingScopeSelect,
    }),
    // Plans' progress: a progress report of a public plan, once accepted (the public sees only those).
    prisma.progressReport.findMany({
      where: {
        status: "ACCEPTED",
        reviewedAt: { gt: since, lte: now },
        activity: { plan: { status: { in: ["ADOPTED", "CLOSED"] } } },
      },
      select: {
        id: true,
        reviewedAt: true,
        activity: {
          select: {
            responsibleStructureId: true,
            partners: { select: { structureId: true } },
            plan: { select: { regionId: true, adoptedAtMeeting: { select: { seriesId: true } } } },
          },
        },
      },
    }),
    // The decisions of a meeting made public with it (one added later is announced by queueNewDecision).
    prisma.meetingOutcome.findMany({
      where: { kind: "DECISION", meeting: { AND: [publicMeetingWhere(now), publishedWithin(since, now)] } },
      select: decisionSelect,
    }),
  ]);
  const recordIds = [news, meetings, reports, decisions].flatMap((rows) => rows.map((row) => row.id));
  const announced = await prisma.alertEvent.findMany({
    where: { recordId: { in: recordIds }, revision: 0 },
    select: { recordKind: true, recordId: true },
  });
  const done = new Set(announced.map((e) => `${e.recordKind}:${e.recordId}`));
  const list: Candidate[] = [
    ...news.map((n) => ({
      kind: "NEWS" as const,
      id: n.id,
      publishedAt: n.publishAt ?? n.publishedAt ?? now,
      regionId: n.regionId,
      seriesId: n.meeting?.seriesId ?? null,
      structureIds: n.structures.map((s) => s.structureId),
      topicIds: n.topics.map((t) => t.topicId),
    })),
    ...meetings.map((m) => meetingCandidate(m, now)),
    ...decisions.map((d) => decisionCandidate(d, "DECISION", now)),
    ...reports.map((r) => ({
      kind: "REPORT" as const,
      id: r.id,
      publishedAt: r.reviewedAt ?? now,
      regionId: r.activity.plan.regionId,
      seriesId: r.activity.plan.adoptedAtMeeting?.seriesId ?? null,
      structureIds: [
        r.activity.responsibleStructureId,
        ...r.activity.partners.flatMap((p) => (p.structureId ? [p.structureId] : [])),
      ],
      topicIds: [],
    })),
  ];
  return list.filter((c) => !done.has(`${c.kind}:${c.id}`));
}

function subscriptionsFor(c: Candidate): Prisma.AlertSubscriptionWhereInput {
  const targets: Prisma.AlertSubscriptionWhereInput[] = [];
  if (c.regionId) targets.push({ scope: "REGION", targetId: c.regionId });
  if (c.seriesId) targets.push({ scope: "SERIES", targetId: c.seriesId });
  if (c.structureIds.length) targets.push({ scope: "STRUCTURE", targetId: { in: c.structureIds } });
  if (c.topicIds.length) targets.push({ scope: "TOPIC", targetId: { in: c.topicIds } });
  return {
    confirmedAt: { not: null },
    content: { in: ["ALL", contentOf[c.kind]] },
    subscriber: { bouncedAt: null },
    OR: targets.length ? targets : [{ id: "" }],
  };
}

/**
 * One event for `c` at `revision` and, in the same transaction, one delivery
 * per subscriber it concerns (0 when the event existed: another instance, or
 * a repeated submission, announced it).
 */
async function announce(
  tx: Tx,
  c: Candidate,
  revision: number,
  schedule: { timeZone: string; digestHour: number; now: Date },
): Promise<number> {
  const { now, digestHour, timeZone } = schedule;
  const [event] = await tx.alertEvent.createManyAndReturn({
    data: [{ recordKind: c.kind, recordId: c.id, revision, publishedAt: c.publishedAt, batch: c.batch ?? null }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!event) return 0;
  const subscriptions = await tx.alertSubscription.findMany({
    where: subscriptionsFor(c),
    select: { id: true, subscriberId: true, frequency: true, locale: true },
    orderBy: { confirmedAt: "asc" },
  });
  // One alert per subscriber: the most frequent of their matching subscriptions.
  const bySubscriber = new Map<string, (typeof subscriptions)[number]>();
  for (const s of subscriptions) {
    const seen = bySubscriber.get(s.subscriberId);
    if (!seen || frequencyRank[s.frequency] < frequencyRank[seen.frequency]) bySubscriber.set(s.subscriberId, s);
  }
  const rows = [...bySubscriber.values()].map((s) => ({
    eventId: event.id,
    subscriberId: s.subscriberId,
    subscriptionId: s.id,
    frequency: s.frequency,
    locale: s.locale,
    dueAt: s.frequency === "IMMEDIATE" ? now : nextDigestAt(now, s.frequency, digestHour, timeZone),
  }));
  const { count } = await tx.alertDelivery.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** Announces every record published since the last run; returns how many alerts were queued. */
export async function queueAlerts(timeZone: string, digestHour: number, now = new Date()): Promise<number> {
  // A batch (a meeting and its decisions) in one transaction: no instance sends the meeting's mail without them.
  const batches = new Map<string, Candidate[]>();
  for (const c of await candidates(now)) {
    const key = c.batch ?? `${c.kind}:${c.id}`;
    batches.set(key, [...(batches.get(key) ?? []), c]);
  }
  let queued = 0;
  for (const batch of batches.values()) {
    queued += await prisma.$transaction(async (tx) => {
      let count = 0;
      for (const c of batch) count += await announce(tx, c, 0, { timeZone, digestHour, now });
      return count;
    });
  }
  return queued;
}

/** What a subscription matches of one record, as it is now in `db` (null when the record is gone). */
async function candidateOf(db: Tx, kind: EditedKind, id: string, now: Date): Promise<Candidate | null> {
  if (kind === "NEWS") {
    const news = await db.newsArticle.findUnique({
      where: { id },
      select: {
        regionId: true,
        meeting: { select: { seriesId: true } },
        structures: { select: { structureId: true } },
        topics: { select: { topicId: true } },
      },
    });
    if (!news) return null;
    return {
      kind,
      id,
      publishedAt: now,
      regionId: news.regionId,
      seriesId: news.meeting?.seriesId ?? null,
      structureIds: news.structures.map((s) => s.structureId),
      topicIds: news.topics.map((t) => t.topicId),
    };
  }
  const meeting = await db.meeting.findUnique({ where: { id }, select: meetingScopeSelect });
  return meeting ? { ...meetingCandidate(meeting, now), publishedAt: now } : null;
}

function scheduleNow(now: Date) {
  const config = getConfig();
  return { timeZone: config.PORTAL_TIME_ZONE, digestHour: config.ALERT_DIGEST_HOUR, now };
}

/** One decision as a subscription matches it, while its meeting is public now (null otherwise). */
async function publicDecision(tx: Tx, outcomeId: string, kind: "DECISION" | "DECISION_DONE", now: Date) {
  const row = await tx.meetingOutcome.findFirst({
    where: { id: outcomeId, kind: "DECISION", meeting: publicMeetingWhere(now) },
    select: decisionSelect,
  });
  return row ? { ...decisionCandidate(row, kind, now), publishedAt: now, batch: undefined } : null;
}

/**
 * A decision added to a meeting already public (or an outcome of that
 * meeting made a decision), inside that save's transaction: alerts to those
 * following decisions there, once per decision. Nothing while the meeting is
 * a draft or scheduled: its decisions go out with it. Returns how many
 * alerts were queued.
 */
export async function queueNewDecision(tx: Tx, outcomeId: string, now = new Date()): Promise<number> {
  const c = await publicDecision(tx, outcomeId, "DECISION", now);
  return c ? announce(tx, c, 0, scheduleNow(now)) : 0;
}

/**
 * A meeting made public again (published after an unpublish), inside that
 * transaction: the decisions added while it was not public are new. Only
 * once its first publication was announced; before that, its decisions go
 * out with it (queueAlerts). Returns how many alerts were queued.
 */
export async function queueRepublishedDecisions(tx: Tx, meetingId: string, now = new Date()): Promise<number> {
  const announced = await tx.alertEvent.count({ where: { recordKind: "MEETING", recordId: meetingId, revision: 0 } });
  if (!announced) return 0;
  const rows = await tx.meetingOutcome.findMany({ where: { meetingId, kind: "DECISION" }, select: { id: true } });
  let queued = 0;
  for (const row of rows) queued += await queueNewDecision(tx, row.id, now);
  return queued;
}

/**
 * A public decision's status became DONE (its follow-up saved), inside that
 * save's transaction: progress, like an accepted progress report, announced
 * once per decision (reopened and done again sends nothing more).
 */
export async function queueDecisionDone(tx: Tx, outcomeId: string, now = new Date()): Promise<number> {
  const c = await publicDecision(tx, outcomeId, "DECISION_DONE", now);
  return c ? announce(tx, c, 0, scheduleNow(now)) : 0;
}

/**
 * A correction staff chose to notify ("notify subscribers" ticked on the
 * save of a published record), inside that save's transaction: alerts to
 * everyone following the record, at their usual frequency. Nothing when the
 * record is not public now (a draft, or scheduled for later). Returns how
 * many alerts were queued.
 */
export async function queueCorrection(
  tx: Tx,
  record: { kind: EditedKind; id: string; version: number },
  now = new Date(),
): Promise<number> {
  const publicNow =
    record.kind === "NEWS"
      ? await tx.newsArticle.count({ where: { AND: [{ id: record.id }, publicNewsWhere(now)] } })
      : await tx.meeting.count({ where: { AND: [{ id: record.id }, publicMeetingWhere(now)] } });
  if (!publicNow) return 0;
  const c = await candidateOf(tx, record.kind, record.id, now);
  if (!c) return 0;
  return announce(tx, { ...c, batch: undefined }, record.version, scheduleNow(now));
}

/**
 * How many subscribers a record's first publication would alert now, or
 * null when it alerts nobody whatever happens: its first publication was
 * announced already (a later publication sends nothing), or it is gone.
 */
export async function countFirstPublicationRecipients(kind: EditedKind, id: string): Promise<number | null> {
  const announced = await prisma.alertEvent.findUnique({
    where: { recordKind_recordId_revision: { recordKind: kind, recordId: id, revision: 0 } },
    select: { id: true },
  });
  if (announced) return null;
  const now = new Date();
  const c = await candidateOf(prisma, kind, id, now);
  if (!c) return null;
  // A meeting's decisions go out with it, to those who follow decisions.
  const decisions =
    kind === "MEETING"
      ? await prisma.meetingOutcome.findMany({ where: { meetingId: id, kind: "DECISION" }, select: decisionSelect })
      : [];
  return countAlertRecipients([c, ...decisions.map((d) => decisionCandidate(d, "DECISION", now))]);
}

/** How many confirmed subscribers these records' publication would reach now (staff, on publish). */
async function countAlertRecipients(candidates: Candidate[]): Promise<number> {
  const rows = await prisma.alertSubscription.findMany({
    where: { OR: candidates.map(subscriptionsFor) },
    distinct: ["subscriberId"],
    select: { subscriberId: true },
  });
  return rows.length;
}
