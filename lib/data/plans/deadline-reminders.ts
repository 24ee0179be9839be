import "server-only";
import { prisma } from "@/lib/db/client";
import { reportingUsersWhere } from "@/lib/auth/permissions";
import { DEADLINE_WINDOW_DAYS, flaggedUntil } from "@/lib/content/deadlines";
import { listDueActivities } from "./list-due-activities";

// The data side of the report deadline reminders (lib/mail/deadline-reminders.ts).

// At most this many activities per run: a run every few minutes reaches the
// rest, as the claimed ones are skipped.
const PER_RUN = 500;
const DAY = 86_400_000;

/**
 * What needs a reminder now: reports due within the window or overdue by at
 * most DEADLINE_WINDOW_DAYS (a portal started long after a deadline does not
 * mail about it; its dashboards still flag it), in plans that are not drafts,
 * each with the active representatives of its centre who have not had it
 * for this deadline.
 */
export async function listRemindersToSend(now = new Date()) {
  const activities = await listDueActivities(
    {
      plan: { status: { not: "DRAFT" } },
      plannedEnd: {
        gte: new Date(flaggedUntil(now).getTime() - 2 * DEADLINE_WINDOW_DAYS * DAY),
        lte: flaggedUntil(now),
      },
    },
    { locale: "en", take: PER_RUN, now },
  );
  if (!activities.length) return [];
  const [users, sent] = await Promise.all([
    prisma.user.findMany({
      where: reportingUsersWhere([...new Set(activities.map((a) => a.responsibleStructureId))]),
      orderBy: { id: "asc" },
      select: { id: true, email: true, name: true, preferredLocale: true, structureId: true },
    }),
    prisma.deadlineReminder.findMany({
      where: { activityId: { in: activities.map((a) => a.id) } },
      select: { activityId: true, deadline: true, userId: true },
    }),
  ]);
  const done = new Set(sent.map((r) => `${r.activityId} ${r.deadline.toISOString()} ${r.userId}`));
  return activities.flatMap((activity) =>
    users
      .filter((u) => u.structureId === activity.responsibleStructureId)
      .filter((u) => !done.has(`${activity.id} ${activity.plannedEnd.toISOString()} ${u.id}`))
      .map((user) => ({ activity, user })),
  );
}

type Claim = { activityId: string; deadline: Date; userId: string };

/**
 * Claims one reminder (INSERT … ON CONFLICT DO NOTHING): true for exactly one
 * caller, whatever the instances or runs racing for it.
 */
export async function claimReminder(claim: Claim): Promise<boolean> {
  const { count } = await prisma.deadlineReminder.createMany({ data: [claim], skipDuplicates: true });
  return count === 1;
}

/** Gives a claim back after the mail could not be sent: a later run tries again. */
export async function releaseReminder({ activityId, deadline, userId }: Claim): Promise<void> {
  await prisma.deadlineReminder.deleteMany({ where: { activityId, deadline, userId } });
}
