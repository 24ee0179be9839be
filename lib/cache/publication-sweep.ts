import "server-only";
import { startInternalTimer } from "@/lib/jobs/internal-timer";

// The token of internal requests (shared with the other timers).
export { isSweepRequest } from "@/lib/jobs/internal-timer";

// Time changes what public pages show (a scheduled publication comes due, a
// meeting starts or ends) without any edit to invalidate their tags. Each
// instance therefore calls its own sweep route every SWEEP_INTERVAL_MS
// (instrumentation.ts), which invalidates the tags of whatever time changed
// since its last sweep: such a change shows within that interval plus one
// render, on every page, instead of at the next hourly expiry.
export const SWEEP_INTERVAL_MS = 15_000;
export const SWEEP_PATH = "/api/internal/publication-sweep";

/** Starts the timer of this instance (called once, at server start). */
export function startPublicationSweeps(port: number) {
  startInternalTimer({ port, path: SWEEP_PATH, intervalMs: SWEEP_INTERVAL_MS, name: "publication sweep" });
}
