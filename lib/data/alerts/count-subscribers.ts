import "server-only";
import { prisma } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { getConfig } from "@/lib/config";
import { startOfLocalDay } from "@/lib/content/digest-time";
import type { Prisma } from "@/lib/db/generated/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { countFirstPublicationRecipients } from "./queue-alerts";

// What staff see of subscribers: counts, never addresses. The dashboard's
// count per region and the state of the sending queue, and on publishing how
// many subscribers the record's first publication will alert.

/** Confirmed subscribers following each region (by region id); regions nobody follows are absent. */
export async function countRegionSubscribers(): Promise<Map<string, number>> {
  const rows = await prisma.$queryRaw<{ targetId: string; subscribers: bigint }[]>`
    SELECT s."targetId", count(DISTINCT s."subscriberId") AS subscribers
    FROM "AlertSubscription" s JOIN "AlertSubscriber" a ON a.id = s."subscriberId"
    WHERE s.scope = 'REGION' AND s."confirmedAt" IS NOT NULL AND a."bouncedAt" IS NULL
    GROUP BY s."targetId"`;
  return new Map(rows.map((r) => [r.targetId, Number(r.subscribers)]));
}

/**
 * The sending queue as an administrator watches it: alerts queued (waiting
 * for their time, digests included), retrying after a failure, being sent,
 * failed for good, sent since midnight in the portal's time zone; how long
 * the oldest alert due has waited, what is overdue, the last mail sent.
 */
export async function getAlertQueueState(now = new Date()) {
  const today = startOfLocalDay(now, getConfig().PORTAL_TIME_ZONE);
  const count = (where: Prisma.AlertDeliveryWhereInput) => prisma.alertDelivery.count({ where });
  const [queued, retrying, sending, failed, sentToday, overdue, oldestDue, lastSent, subscribers, bounced] =
    await Promise.all([
      count({ status: "PENDING", attempts: 0 }),
      count({ status: "PENDING", attempts: { gt: 0 } }),
      count({ status: "SENDING" }),
      count({ status: "FAILED" }),
      count({ status: "SENT", sentAt: { gte: today } }),
      count({ status: "PENDING", dueAt: { lt: new Date(now.getTime() - 60_000) } }),
      prisma.alertDelivery.findFirst({
        where: { status: { in: ["PENDING", "SENDING"] }, dueAt: { lte: now } },
        orderBy: { dueAt: "asc" },
        select: { dueAt: true },
      }),
      prisma.alertDelivery.findFirst({
        where: { status: "SENT", sentAt: { not: null } },
        orderBy: { sentAt: "desc" },
        select: { sentAt: true },
      }),
      prisma.alertSubscriber.count({ where: { confirmedAt: { not: null }, bouncedAt: null } }),
      prisma.alertSubscriber.count({ where: { bouncedAt: { not: null } } }),
    ]);
  return {
    queued,
    retrying,
    sending,
    failed,
    sentToday,
    /** Pending for more than a minute past their time: the worker is behind, or not running. */
    overdue,
    /** Minutes the oldest alert due (not sent yet) has waited since its time; null when none is due. */
    oldestWaitingMinutes: oldestDue ? Math.floor((now.getTime() - oldestDue.dueAt.getTime()) / 60_000) : null,
    lastSentAt: lastSent?.sentAt ?? null,
    subscribers,
    bounced,
  };
}

export type AlertQueueState = Awaited<ReturnType<typeof getAlertQueueState>>;

/** How many subscribers a record's first publication would alert now (null: it alerts nobody, see queue-alerts.ts). */
export const countPublicationRecipients = countFirstPublicationRecipients;

/**
 * The dashboard's e-mail alerts section: each region's subscriber count (for
 * all staff: counts only), and for administrators the queue's state.
 */
export async function getSubscriberOverview(actor: Actor, locale: AppLocale) {
  const [counts, regions, queue] = await Promise.all([
    countRegionSubscribers(),
    prisma.region.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, translations: { select: { locale: true, name: true } } },
    }),
    can(actor, "alerts.queue") ? getAlertQueueState() : Promise.resolve(null),
  ]);
  return {
    regions: regions.map((r) => ({
      code: r.code,
      name: pickTranslation(r.translations, locale)?.name ?? r.code,
      subscribers: counts.get(r.id) ?? 0,
    })),
    /** Administrators only (null for others). */
    queue,
  };
}

export type SubscriberOverview = Awaited<ReturnType<typeof getSubscriberOverview>>;
