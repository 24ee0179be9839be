import "server-only";
import { startInternalTimer } from "./internal-timer";

// Report deadline reminders (issue 21) are checked by every instance's own
// timer, a minute after start and every ten minutes: a reminder is due on a
// date, not on anyone's visit, and the claim in the database
// (lib/data/plans/deadline-reminders.ts) makes the overlapping checks of
// several instances send each reminder once.
export const REMINDER_INTERVAL_MS = 10 * 60_000;
export const REMINDER_PATH = "/api/internal/deadline-reminders";

export function startDeadlineReminders(port: number) {
  startInternalTimer({
    port,
    path: REMINDER_PATH,
    intervalMs: REMINDER_INTERVAL_MS,
    firstAfterMs: 60_000,
    name: "deadline reminders",
  });
}
