// Runs once when a server instance starts (inside Next.js; what runs before
// Next.js sees a request is the request seam of server.ts).
import { PHASE_PRODUCTION_BUILD } from "next/constants";

export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next inlines NEXT_RUNTIME at compile time, which keeps the Node-only imports below out of the edge bundle; a call into lib/config could not.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkConfigAtStart } = await import("./lib/config-check");
  const config = checkConfigAtStart();
  // Not while `next build` prerenders pages: only a serving instance sweeps.
  if (config.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { startPublicationSweeps } = await import("./lib/cache/publication-sweep");
  startPublicationSweeps(config.PORT);
  // E-mail alerts: every instance takes its share of the queue in PostgreSQL.
  const { startAlertWorker } = await import("./lib/jobs/alert-timer");
  startAlertWorker(config.PORT);
  // Report deadline reminders, sent once each whatever the instances (lib/jobs/deadline-reminders.ts).
  const { startDeadlineReminders } = await import("./lib/jobs/deadline-reminders");
  startDeadlineReminders(config.PORT);
  // Several instances: the purges of the others reach this instance's seam cache.
  const { subscribeToPurges } = await import("./lib/cache/http-purge");
  void subscribeToPurges();
}
