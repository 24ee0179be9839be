// Report deadlines (issue 21): an activity's report is due by its planned
// end. Within DEADLINE_WINDOW_DAYS before it, or once it has passed, the
// dashboards flag it ("due in 3 days", "overdue by 2 days"). Days are whole
// calendar days in UTC, the dates being stored as dates.

export const DEADLINE_WINDOW_DAYS = 14;
const DAY = 86_400_000;

const utcDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** Whole days from `now`'s date to `deadline`'s (negative once it has passed). */
export function daysUntil(deadline: Date, now: Date): number {
  return Math.round((utcDay(deadline) - utcDay(now)) / DAY);
}

export type DeadlineFlag = { state: "due"; days: number } | { state: "overdue"; days: number };

/** The flag of a deadline, or null while it is more than DEADLINE_WINDOW_DAYS away. */
export function deadlineFlag(deadline: Date, now: Date): DeadlineFlag | null {
  const days = daysUntil(deadline, now);
  if (days < 0) return { state: "overdue", days: -days };
  return days <= DEADLINE_WINDOW_DAYS ? { state: "due", days } : null;
}

/** The last deadline the dashboards flag: today plus the window, at the end of that day. */
export function flaggedUntil(now: Date): Date {
  return new Date(utcDay(now) + DEADLINE_WINDOW_DAYS * DAY);
}
