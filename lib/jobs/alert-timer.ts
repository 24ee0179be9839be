import "server-only";
import { SWEEP_HEADER, sweepToken } from "@/lib/cache/publication-sweep";

// Each instance calls its own alert route every ALERT_INTERVAL_MS (started by
// instrumentation.ts, like the publication sweep, and proven by the same
// token): an immediate alert leaves within that interval of its publication
// (or of its scheduled time). Several instances share the work through the
// queue's locks (lib/data/alerts/claim-deliveries.ts).
export const ALERT_INTERVAL_MS = 20_000;
export const ALERT_PATH = "/api/internal/alerts";

export function startAlertWorker(port: number) {
  const url = `http://127.0.0.1:${port}${ALERT_PATH}`;
  let running = false;
  let failing = false;
  const tick = async () => {
    if (running) return; // a slow SMTP server: never two rounds of one instance at once
    running = true;
    try {
      const response = await fetch(url, { method: "POST", headers: { [SWEEP_HEADER]: sweepToken() } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (failing) console.log(`${new Date().toISOString()} alerts: working again`);
      failing = false;
    } catch (error) {
      if (!failing)
        console.error(`${new Date().toISOString()} alerts failed: ${error instanceof Error ? error.message : error}`);
      failing = true;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, ALERT_INTERVAL_MS);
  timer.unref();
}
