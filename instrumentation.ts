// Runs once when a server instance starts (inside Next.js; what runs before
// Next.js sees a request is the request seam of server.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkConfigAtStart } = await import("./lib/config-check");
  const config = checkConfigAtStart();
  // Not while `next build` prerenders pages: only a serving instance sweeps.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startPublicationSweeps } = await import("./lib/cache/publication-sweep");
  startPublicationSweeps(config.PORT);
  // E-mail alerts: every instance takes its share of the queue in PostgreSQL.
  const { startAlertWorker } = await import("./lib/jobs/alert-timer");
  startAlertWorker(config.PORT);
  // Several instances: the purges of the others reach this instance's seam cache.
  const { subscribeToPurges } = await import("./lib/cache/http-purge");
  void subscribeToPurges();
}
