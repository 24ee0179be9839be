import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { acceptedReports, activityProgress, type ActivityStatus, type ReportStatus } from "@/lib/content/plan-progress";
import { deadlineFlag } from "@/lib/content/deadlines";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";

// Activities that still need a report, the soonest deadline (planned end)
// first: no report waiting for review or returned, and not shown publicly as
// done or cancelled (the staff's status or an accepted report, whichever is
// later: the public plan's rule). The RTC's "reports due", the ROCB's
// deadlines and the deadline reminders all read this, each with its scope.

// A scope's activities in open plans: a few dozen; enough to fill `take`
// after the done ones are left out.
const CANDIDATES = 200;

const asReport = (r: { status: ReportStatus; reviewedAt: Date | null; reportedStatus: ActivityStatus }) => ({
  ...r,
  values: [],
});

export async function listDueActivities(
  where: Prisma.ActivityWhereInput,
  { locale, take, now = new Date() }: { locale: AppLocale; take: number; now?: Date },
) {
  const candidates = await prisma.activity.findMany({
    where: { AND: [where, { reports: { none: { status: { in: ["SUBMITTED", "RETURNED"] } } } }] },
    orderBy: [{ plannedEnd: "asc" }, { id: "asc" }],
    take: CANDIDATES,
    select: {
      id: true,
      planId: true,
      plannedEnd: true,
      status: true,
      statusChangedAt: true,
      responsibleStructureId: true,
      translations: { select: { locale: true, title: true } },
      responsibleStructure: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
      reports: {
        where: { status: "ACCEPTED" },
        select: { status: true, reviewedAt: true, reportedStatus: true },
      },
    },
  });
  return candidates
    .filter((a) => {
      const shown = activityProgress({ ...a, indicators: [], reports: a.reports.map(asReport) }).status;
      return shown !== "DONE" && shown !== "CANCELLED";
    })
    .slice(0, take)
    .map((a) => ({
      id: a.id,
      planId: a.planId,
      responsibleStructureId: a.responsibleStructureId,
      title: pickTranslation(a.translations, locale)?.title ?? "",
      /** Every language's title (a reminder is written in its recipient's). */
      titles: a.translations,
      centre: pickTranslation(a.responsibleStructure.translations, locale)?.name ?? a.responsibleStructure.slug,
      plannedEnd: a.plannedEnd,
      /** "due in N days" within the window, "overdue by N days" after it, else null. */
      deadline: deadlineFlag(a.plannedEnd, now),
      lastStatus: acceptedReports(a.reports.map(asReport)).at(-1)?.reportedStatus ?? null,
    }));
}

export type DueActivity = Awaited<ReturnType<typeof listDueActivities>>[number];
