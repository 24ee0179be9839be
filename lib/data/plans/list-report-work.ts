import "server-only";
import { prisma } from "@/lib/db/client";
import {
  can,
  deadlineActivityWhere,
  ownReportsWhere,
  reportableActivityWhere,
  reportWhere,
  type Actor,
} from "@/lib/auth/permissions";
import { flaggedUntil } from "@/lib/content/deadlines";
import { pickTranslation } from "@/lib/content/translation";
import { indicatorText } from "@/lib/content/indicator-text";
import type { AppLocale } from "@/i18n/routing";
import { listDueActivities } from "./list-due-activities";

// What the staff screens of progress reports read, each scoped in its where:
// the RTC dashboard ("reports due"; its own reports submitted, returned and
// accepted), the ROCB dashboard
// ("reports to review"), one activity to report on, one report.

const LIMIT = 25;

const activityText = { translations: { select: { locale: true, title: true } } } as const;
const title = (rows: { locale: string; title: string }[], locale: AppLocale) =>
  pickTranslation(rows, locale)?.title ?? "";

/**
 * The report lists of a dashboard, and which of them the actor has: reports
 * due and returned (those who report: `mayReport`), reports to review (those
 * who review: `mayReview`).
 */
export type ReportWork = Awaited<ReturnType<typeof listReportWork>>;

export async function listReportWork({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const mayReport = can(actor, "report.area");
  const mayReview = can(actor, "plan.area");
  const own = ownReportsWhere(actor);
  const reportListSelect = {
    id: true,
    reviewComment: true,
    reviewedAt: true,
    submittedAt: true,
    activity: { select: activityText },
  } as const;
  const mine = (status: "SUBMITTED" | "RETURNED" | "ACCEPTED", orderBy: "reviewedAt" | "submittedAt") =>
    !mayReport
      ? []
      : prisma.progressReport.findMany({
          where: { AND: [reportWhere(actor, "report.read"), own, { status }] },
          orderBy: [{ [orderBy]: "desc" }, { id: "asc" }],
          take: LIMIT,
          select: reportListSelect,
        });
  const now = new Date();
  const soon = flaggedUntil(now);
  const [due, deadlines, submitted, returned, accepted, toReview] = await Promise.all([
    // Due: planned to start by now, or to end within the deadline window.
    !mayReport
      ? []
      : listDueActivities(
          {
            AND: [
              reportableActivityWhere(actor),
              { OR: [{ plannedStart: { lte: now } }, { plannedEnd: { lte: soon } }] },
            ],
          },
          { locale, take: LIMIT, now },
        ),
    // The region's centres' reports due within the window or overdue.
    !mayReview
      ? []
      : listDueActivities(
          { AND: [deadlineActivityWhere(actor), { plannedEnd: { lte: soon } }] },
          {
            locale,
            take: LIMIT,
            now,
          },
        ),
    mine("SUBMITTED", "submittedAt"),
    mine("RETURNED", "reviewedAt"),
    mine("ACCEPTED", "reviewedAt"),
    !mayReview
      ? []
      : prisma.progressReport.findMany({
          where: reportWhere(actor, "report.review"),
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          take: LIMIT,
          select: {
            id: true,
            submittedAt: true,
            submittedBy: { select: { name: true } },
            activity: {
              select: {
                ...activityText,
                responsibleStructure: { select: { translations: { select: { locale: true, name: true } } } },
              },
            },
          },
        }),
  ]);
  const reportItem = (r: (typeof returned)[number]) => ({
    id: r.id,
    title: title(r.activity.translations, locale),
    comment: r.reviewComment,
    submittedAt: r.submittedAt,
    reviewedAt: r.reviewedAt,
  });
  return {
    mayReport,
    mayReview,
    due: due.map(({ id, title, plannedEnd, deadline, lastStatus }) => ({
      id,
      title,
      plannedEnd,
      deadline,
      lastStatus,
    })),
    /** ROCB staff: the region's reports due within the deadline window or overdue, with their centre. */
    deadlines: deadlines.map(({ id, planId, title, centre, plannedEnd, deadline }) => ({
      id,
      planId,
      title,
      centre,
      plannedEnd,
      deadline,
    })),
    submitted: submitted.map(reportItem),
    returned: returned.map(reportItem),
    accepted: accepted.map(reportItem),
    toReview: toReview.map((r) => ({
      id: r.id,
      title: title(r.activity.translations, locale),
      centre: pickTranslation(r.activity.responsibleStructure.translations, locale)?.name ?? "",
      person: r.submittedBy?.name ?? "",
      submittedAt: r.submittedAt,
    })),
  };
}

const indicatorSelect = {
  orderBy: { position: "asc" },
  select: { id: true, unit: true, target: true, translations: { select: { locale: true, name: true, unit: true } } },
} as const;

/**
 * An activity the actor may report on, with what the report form shows
 * around it: its plan, its planned dates, and per indicator the sum already
 * accepted (a new report's figures are added to it); null when out of scope
 * or unknown.
 */
export async function findReportableActivity({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const a = await prisma.activity.findFirst({
    where: { AND: [{ id }, reportableActivityWhere(actor)] },
    select: {
      id: true,
      plannedStart: true,
      plannedEnd: true,
      ...activityText,
      indicators: indicatorSelect,
      plan: {
        select: {
          periodStart: true,
          periodEnd: true,
          slug: true,
          translations: { select: { locale: true, title: true } },
        },
      },
      reports: {
        where: { status: "ACCEPTED" },
        orderBy: { periodEnd: "desc" },
        select: { periodEnd: true, values: { select: { indicatorId: true, value: true } } },
      },
    },
  });
  if (!a) return null;
  const accepted = (indicatorId: string) =>
    a.reports.reduce(
      (sum, r) => sum + r.values.filter((v) => v.indicatorId === indicatorId).reduce((s, v) => s + v.value, 0),
      0,
    );
  return {
    id: a.id,
    title: title(a.translations, locale),
    plannedStart: a.plannedStart,
    plannedEnd: a.plannedEnd,
    plan: {
      title: pickTranslation(a.plan.translations, locale)?.title ?? a.plan.slug,
      periodStart: a.plan.periodStart,
      periodEnd: a.plan.periodEnd,
    },
    /** The end of the latest accepted report's period (a new report usually starts after it). */
    lastAcceptedEnd: a.reports[0]?.periodEnd ?? null,
    indicators: a.indicators.map((i) => {
      const { name, unit } = indicatorText(i, locale);
      return { id: i.id, unit, target: i.target, name, accepted: accepted(i.id) };
    }),
  };
}

/**
 * The period a new report starts with: within the activity's planned dates,
 * after the latest accepted report, and ending today at the latest (a 2022
 * activity gets 2022 dates, not today's).
 */
export function defaultReportPeriod(
  activity: { plannedStart: Date; plannedEnd: Date; lastAcceptedEnd: Date | null },
  today = new Date(),
) {
  const day = 86_400_000;
  const after = activity.lastAcceptedEnd ? new Date(activity.lastAcceptedEnd.getTime() + day) : null;
  const start = after && after > activity.plannedStart && after <= activity.plannedEnd ? after : activity.plannedStart;
  const end = activity.plannedEnd < today ? activity.plannedEnd : today;
  return { periodStart: start, periodEnd: end < start ? start : end };
}

/** A report the actor may read (the centre's representative, ROCB staff of the region), with what they may do on it. */
export async function findReportForStaff({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const r = await prisma.progressReport.findFirst({
    where: { AND: [{ id }, reportWhere(actor, "report.read")] },
    select: {
      id: true,
      version: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      reportedStatus: true,
      actualStart: true,
      actualEnd: true,
      reviewComment: true,
      submittedAt: true,
      reviewedAt: true,
      submittedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      translations: { select: { locale: true, narrative: true } },
      values: { select: { indicatorId: true, value: true } },
      documents: { select: { id: true, title: true, fileName: true, sizeBytes: true } },
      activity: { select: { id: true, ...activityText, indicators: indicatorSelect } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, comment: true, at: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!r) return (await prisma.progressReport.count({ where: { id } })) ? ("forbidden" as const) : null;
  // What the actor may do on it, each decided by its scope clause (lib/auth/permissions.ts).
  const [editable, reviewable, reopenable] = await Promise.all([
    prisma.progressReport.count({ where: { AND: [{ id }, reportWhere(actor, "report.update")] } }),
    prisma.progressReport.count({ where: { AND: [{ id }, reportWhere(actor, "report.review")] } }),
    prisma.progressReport.count({ where: { AND: [{ id }, reportWhere(actor, "report.reopen")] } }),
  ]);
  return {
    ...r,
    activityTitle: title(r.activity.translations, locale),
    indicators: r.activity.indicators.map((i) => {
      const { name, unit } = indicatorText(i, locale);
      return { id: i.id, unit, target: i.target, name };
    }),
    mayEdit: editable > 0,
    mayReview: reviewable > 0,
    mayReopen: reopenable > 0,
  };
}
