import "server-only";
import { prisma } from "@/lib/db/client";
import type { AlertFrequency, AlertRecordKind, Prisma } from "@/lib/db/generated/client";
import { publicMeetingWhere, publicNewsWhere } from "@/lib/data/visibility";
import { nextDigestAt } from "@/lib/content/digest-time";

// From publication to the sending queue. A record's first publication (its
// publishedAt, or its scheduled publishAt coming due) becomes one AlertEvent,
// unique per record: whichever instance sees it first creates it and, in the
// same transaction, one AlertDelivery per subscriber it concerns. An edit, or
// a second publication after an unpublish, finds the event there and sends
// nothing. Only records public within LOOKBACK count, so the first run after
// an upgrade does not announce the archive.

export const LOOKBACK_MS = 2 * 24 * 3600 * 1000;

const frequencyRank: Record<AlertFrequency, number> = { IMMEDIATE: 0, DAILY: 1, WEEKLY: 2 };

type Candidate = {
  kind: AlertRecordKind;
  id: string;
  publishedAt: Date;
  regionId: string | null;
  seriesId: string | null;
  structureIds: string[];
  topicIds: string[];
};

function publishedWithin(since: Date, now: Date) {
  return {
    OR: [{ publishAt: null, publishedAt: { gt: since, lte: now } }, { publishAt: { gt: since, lte: now } }],
  };
}

async function candidates(now: Date): Promise<Candidate[]> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const [news, meetings] = await Promise.all([
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
      select: {
        id: true,
        publishAt: true,
        publishedAt: true,
        regionId: true,
        seriesId: true,
        hostStructureId: true,
        organizerStructureId: true,
      },
    }),
  ]);
  const announced = await prisma.alertEvent.findMany({
    where: { recordId: { in: [...news.map((n) => n.id), ...meetings.map((m) => m.id)] } },
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
    ...meetings.map((m) => ({
      kind: "MEETING" as const,
      id: m.id,
      publishedAt: m.publishAt ?? m.publishedAt ?? now,
      regionId: m.regionId,
      seriesId: m.seriesId,
      structureIds: [m.hostStructureId, m.organizerStructureId].filter((id): id is string => !!id),
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
    content: { in: ["ALL", c.kind === "NEWS" ? "NEWS" : "MEETINGS"] },
    subscriber: { bouncedAt: null },
    OR: targets.length ? targets : [{ id: "" }],
  };
}

/** Announces every record published since the last run; returns how many alerts were queued. */
export async function queueAlerts(timeZone: string, digestHour: number, now = new Date()): Promise<number> {
  let queued = 0;
  for (const c of await candidates(now)) {
    queued += await prisma.$transaction(async (tx) => {
      const [event] = await tx.alertEvent.createManyAndReturn({
        data: [{ recordKind: c.kind, recordId: c.id, publishedAt: c.publishedAt }],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!event) return 0; // another instance announced it
      const subscriptions = await tx.alertSubscription.findMany({
        where: subscriptionsFor(c),
        select: { subscriberId: true, frequency: true, locale: true },
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
        frequency: s.frequency,
        locale: s.locale,
        dueAt: s.frequency === "IMMEDIATE" ? now : nextDigestAt(now, s.frequency, digestHour, timeZone),
      }));
      const { count } = await tx.alertDelivery.createMany({ data: rows, skipDuplicates: true });
      return count;
    });
  }
  return queued;
}

/** How many confirmed subscribers a record's publication would reach now (staff, on publish). */
export async function countAlertRecipients(candidate: Omit<Candidate, "publishedAt" | "id">): Promise<number> {
  const rows = await prisma.alertSubscription.findMany({
    where: subscriptionsFor({ ...candidate, id: "", publishedAt: new Date() }),
    distinct: ["subscriberId"],
    select: { subscriberId: true },
  });
  return rows.length;
}
