// Progress of a joint action plan, computed from its activities and their
// progress reports. Pure: the public plan page, the region and structure
// summaries, the follow-up at the next meeting and the CSV export all ask
// these functions, so they can never disagree.
//
// Rules:
// - only ACCEPTED reports count (submitted and returned ones never do);
// - an activity's status is the latest of what staff set (statusChangedAt)
//   and what an accepted report said (reviewedAt); "as of" a date, only what
//   was true on that date counts (no decision yet: PLANNED);
// - an indicator's accepted value is the sum of its accepted reports' values;
// - completion = done / activities not cancelled (a cancelled activity is
//   neither done nor still to do); null when nothing is left to count.

export const activityStatuses = ["PLANNED", "IN_PROGRESS", "DONE", "POSTPONED", "CANCELLED"] as const;
export type ActivityStatus = (typeof activityStatuses)[number];
export type ReportStatus = "SUBMITTED" | "ACCEPTED" | "RETURNED";

export type ReportInput = {
  status: ReportStatus;
  reviewedAt: Date | null;
  reportedStatus: ActivityStatus;
  actualStart?: Date | null;
  actualEnd?: Date | null;
  values: { indicatorId: string; value: number }[];
};

export type ActivityInput = {
  id: string;
  responsibleStructureId: string;
  status: ActivityStatus;
  statusChangedAt: Date;
  actualStart?: Date | null;
  actualEnd?: Date | null;
  indicators: { id: string; target: number }[];
  reports: ReportInput[];
};

export type IndicatorProgress = {
  id: string;
  target: number;
  accepted: number;
  ratio: number | null;
  overTarget: boolean;
};

export type ActivityProgress = {
  id: string;
  status: ActivityStatus;
  actualStart: Date | null;
  actualEnd: Date | null;
  indicators: IndicatorProgress[];
};

export type StatusSummary = {
  total: number;
  /** Activities that count towards completion: all but the cancelled ones. */
  counted: number;
  done: number;
  byStatus: Record<ActivityStatus, number>;
  /** done / counted, 0..1; null when no activity counts. */
  completion: number | null;
};

const onOrBefore = (date: Date | null | undefined, asOf: Date | undefined) =>
  !!date && (!asOf || date.getTime() <= asOf.getTime());

/** The reports that count on `asOf` (default: now, i.e. every accepted one), oldest review first. */
export function acceptedReports(reports: ReportInput[], asOf?: Date): ReportInput[] {
  return reports
    .filter((r) => r.status === "ACCEPTED" && onOrBefore(r.reviewedAt, asOf))
    .sort((a, b) => a.reviewedAt!.getTime() - b.reviewedAt!.getTime());
}

export function indicatorProgress(
  indicator: { id: string; target: number },
  reports: ReportInput[],
): IndicatorProgress {
  const accepted = reports.reduce(
    (sum, r) => sum + r.values.filter((v) => v.indicatorId === indicator.id).reduce((s, v) => s + v.value, 0),
    0,
  );
  const ratio = indicator.target > 0 ? accepted / indicator.target : null;
  return { id: indicator.id, target: indicator.target, accepted, ratio, overTarget: accepted > indicator.target };
}

/** What the public sees of one activity on `asOf` (default: now). */
export function activityProgress(activity: ActivityInput, asOf?: Date): ActivityProgress {
  const reports = acceptedReports(activity.reports, asOf);
  const latestReport = reports.at(-1);
  const staffStatusCounts = onOrBefore(activity.statusChangedAt, asOf);
  let status: ActivityStatus = staffStatusCounts ? activity.status : "PLANNED";
  if (
    latestReport &&
    (!staffStatusCounts || latestReport.reviewedAt!.getTime() >= activity.statusChangedAt.getTime())
  ) {
    status = latestReport.reportedStatus;
  }
  const reportedStart = reports.find((r) => r.actualStart)?.actualStart ?? null;
  const reportedEnd = [...reports].reverse().find((r) => r.actualEnd)?.actualEnd ?? null;
  const ownStart = onOrBefore(activity.actualStart, asOf) ? activity.actualStart! : null;
  const ownEnd = onOrBefore(activity.actualEnd, asOf) ? activity.actualEnd! : null;
  return {
    id: activity.id,
    status,
    actualStart: ownStart ?? reportedStart,
    actualEnd: ownEnd ?? reportedEnd,
    indicators: activity.indicators.map((indicator) => indicatorProgress(indicator, reports)),
  };
}

export function summarize(statuses: ActivityStatus[]): StatusSummary {
  const byStatus = Object.fromEntries(activityStatuses.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const status of statuses) byStatus[status] += 1;
  const counted = statuses.length - byStatus.CANCELLED;
  return {
    total: statuses.length,
    counted,
    done: byStatus.DONE,
    byStatus,
    completion: counted ? byStatus.DONE / counted : null,
  };
}

export type PlanProgress = {
  activities: ActivityProgress[];
  overall: StatusSummary;
  /** Per responsible structure, in the order structures first appear. */
  byStructure: { structureId: string; summary: StatusSummary }[];
};

/** The whole plan on `asOf` (default: now). */
export function planProgress(activities: ActivityInput[], asOf?: Date): PlanProgress {
  const progress = activities.map((activity) => activityProgress(activity, asOf));
  const groups = new Map<string, ActivityStatus[]>();
  activities.forEach((activity, i) => {
    const list = groups.get(activity.responsibleStructureId) ?? [];
    list.push(progress[i].status);
    groups.set(activity.responsibleStructureId, list);
  });
  return {
    activities: progress,
    overall: summarize(progress.map((p) => p.status)),
    byStructure: [...groups].map(([structureId, statuses]) => ({ structureId, summary: summarize(statuses) })),
  };
}

/** A bar's filled share, 0..1 (an indicator over its target fills the bar, and says so in text). */
export const barShare = (ratio: number | null) => (ratio === null ? 0 : Math.max(0, Math.min(1, ratio)));
