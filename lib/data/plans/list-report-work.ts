import "server-only";
import { prisma } from "@/lib/db/client";
import { can, reportableActivityWhere, reportWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";

// What the staff screens of progress reports read, each scoped in its where:
// the RTC dashboard ("reports due", "returned to you"), the ROCB dashboard
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
  const [due, returned, toReview] = await Promise.all([
    !mayReport
      ? []
      : prisma.activity.findMany({
          // Due: no report waiting for review, not finished, planned to start by now.
          where: {
            AND: [
              reportableActivityWhere(actor),
              {
                status: { notIn: ["DONE", "CANCELLED"] },
                plannedStart: { lte: new Date() },
                reports: { none: { status: { in: ["SUBMITTED", "RETURNED"] } } },
              },
            ],
          },
          orderBy: [{ plannedEnd: "asc" }, { id: "asc" }],
          take: LIMIT,
          select: {
            id: true,
            plannedEnd: true,
            ...activityText,
            reports: {
              where: { status: "ACCEPTED" },
              orderBy: { reviewedAt: "desc" },
              take: 1,
              select: { reportedStatus: true },
            },
          },
        }),
    !mayReport
      ? []
      : prisma.progressReport.findMany({
          where: { AND: [reportWhere(actor, "report.update"), { status: "RETURNED" }] },
          orderBy: [{ reviewedAt: "desc" }, { id: "asc" }],
          take: LIMIT,
          select: { id: true, reviewComment: true, reviewedAt: true, activity: { select: activityText } },
        }),
    !mayReview
      ? []
      : prisma.progressReport.findMany({
          where: reportWhere(actor, "report.review"),
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          take: LIMIT,
          select: {
            id: true,
            submittedAt: true,
            activity: { select: { ...activityText, responsibleStructure: { select: { city: true } } } },
          },
        }),
  ]);
  return {
    mayReport,
    mayReview,
    due: due.map((a) => ({
      id: a.id,
      title: title(a.translations, locale),
      plannedEnd: a.plannedEnd,
      lastStatus: a.reports[0]?.reportedStatus ?? null,
    })),
    returned: returned.map((r) => ({
      id: r.id,
      title: title(r.activity.translations, locale),
      comment: r.reviewComment,
      reviewedAt: r.reviewedAt,
    })),
    toReview: toReview.map((r) => ({
      id: r.id,
      title: title(r.activity.translations, locale),
      city: r.activity.responsibleStructure.city,
      submittedAt: r.submittedAt,
    })),
  };
}

const indicatorSelect = {
  orderBy: { position: "asc" },
  select: { id: true, unit: true, target: true, translations: { select: { locale: true, name: true } } },
} as const;

/** An activity the actor may report on, with its indicators; null when out of scope or unknown. */
export async function findReportableActivity({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const a = await prisma.activity.findFirst({
    where: { AND: [{ id }, reportableActivityWhere(actor)] },
    select: { id: true, plannedStart: true, plannedEnd: true, ...activityText, indicators: indicatorSelect },
  });
  if (!a) return null;
  return {
    id: a.id,
    title: title(a.translations, locale),
    plannedStart: a.plannedStart,
    plannedEnd: a.plannedEnd,
    indicators: a.indicators.map((i) => ({
      id: i.id,
      unit: i.unit,
      target: i.target,
      name: pickTranslation(i.translations, locale)?.name ?? "",
    })),
  };
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
    indicators: r.activity.indicators.map((i) => ({
      id: i.id,
      unit: i.unit,
      target: i.target,
      name: pickTranslation(i.translations, locale)?.name ?? "",
    })),
    mayEdit: editable > 0,
    mayReview: reviewable > 0,
    mayReopen: reopenable > 0,
  };
}
