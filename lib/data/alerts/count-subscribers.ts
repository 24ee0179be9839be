import "server-only";
import { prisma } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/permissions";
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

/** The sending queue as an administrator watches it: rows by state, what is overdue, the last mail sent. */
export async function getAlertQueueState(now = new Date()) {
  const [byStatus, overdue, oldestDue, lastSent, subscribers, bounced] = await Promise.all([
    prisma.alertDelivery.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.alertDelivery.count({ where: { status: "PENDING", dueAt: { lt: new Date(now.getTime() - 60_000) } } }),
    prisma.alertDelivery.findFirst({
      where: { status: { in: ["PENDING", "SENDING"] } },
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
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    pending: count("PENDING"),
    sending: count("SENDING"),
    sent: count("SENT"),
    failed: count("FAILED"),
    cancelled: count("CANCELLED"),
    /** Pending for more than a minute past their time: the worker is behind, or not running. */
    overdue,
    oldestDueAt: oldestDue?.dueAt ?? null,
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
    can(actor, "alerts.manage") ? getAlertQueueState() : Promise.resolve(null),
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
