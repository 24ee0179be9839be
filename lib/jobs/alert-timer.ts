import "server-only";
import { startInternalTimer } from "./internal-timer";

// Each instance calls its own alert route every ALERT_INTERVAL_MS (started by
// instrumentation.ts, like the publication sweep, and proven by the same
// token): an immediate alert leaves within that interval of its publication
// (or of its scheduled time). Several instances share the work through the
// queue's locks (lib/data/alerts/claim-deliveries.ts); one instance never
// runs two rounds at once (a slow SMTP server).
export const ALERT_INTERVAL_MS = 20_000;
export const ALERT_PATH = "/api/internal/alerts";

export function startAlertWorker(port: number) {
  startInternalTimer({ port, path: ALERT_PATH, intervalMs: ALERT_INTERVAL_MS, name: "alerts" });
}
