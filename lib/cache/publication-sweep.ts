import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config";

// Time changes what public pages show (a scheduled publication comes due, a
// meeting starts or ends) without any edit to invalidate their tags. Each
// instance therefore calls its own sweep route every SWEEP_INTERVAL_MS
// (instrumentation.ts), which invalidates the tags of whatever time changed
// since its last sweep: such a change shows within that interval plus one
// render, on every page, instead of at the next hourly expiry.
export const SWEEP_INTERVAL_MS = 15_000;
export const SWEEP_PATH = "/api/internal/publication-sweep";
export const SWEEP_HEADER = "x-portal-sweep";

/** The token that proves a sweep request comes from this deployment (derived from AUTH_SECRET). */
export function sweepToken(): string {
  return createHmac("sha256", getConfig().AUTH_SECRET ?? "no-secret")
    .update("publication-sweep")
    .digest("hex");
}

export function isSweepRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get(SWEEP_HEADER) ?? "");
  const expected = Buffer.from(sweepToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Starts the timer of this instance (called once, at server start). */
export function startPublicationSweeps(port: number) {
  const url = `http://127.0.0.1:${port}${SWEEP_PATH}`;
  let failing = false;
  const tick = async () => {
    try {
      const response = await fetch(url, { method: "POST", headers: { [SWEEP_HEADER]: sweepToken() } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // On stderr like the failure: where only stderr is kept (the bench's
      // servers, a log shipper for errors), a failure without its recovery
      // reads as a sweep that never worked again.
      if (failing) console.error(`${new Date().toISOString()} publication sweep: working again`);
      failing = false;
    } catch (error) {
      if (!failing)
        console.error(
          `${new Date().toISOString()} publication sweep failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      failing = true;
    }
  };
  const timer = setInterval(tick, SWEEP_INTERVAL_MS);
  timer.unref();
}
