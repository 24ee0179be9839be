import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config";

// The timers of an instance (publication sweep, deadline reminders) call its
// own internal routes with a token derived from AUTH_SECRET; anyone else gets a 404.
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

/**
 * Calls one of this instance's internal routes every `intervalMs` (and once
 * `firstAfterMs` after start, when given), with the deployment's token
 * (isSweepRequest checks it). The work runs inside Next.js, as a request;
 * a failure is logged once, and its recovery. A round still running (a slow
 * mail server) is never overlapped by the next one of this instance.
 */
export function startInternalTimer({
  port,
  path,
  intervalMs,
  firstAfterMs,
  name,
}: {
  port: number;
  path: string;
  intervalMs: number;
  firstAfterMs?: number;
  name: string;
}) {
  const url = `http://127.0.0.1:${port}${path}`;
  let failing = false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const response = await fetch(url, { method: "POST", headers: { [SWEEP_HEADER]: sweepToken() } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // On stderr like the failure: where only stderr is kept (the bench's
      // servers, a log shipper for errors), a failure without its recovery
      // reads as a timer that never worked again.
      if (failing) console.error(`${new Date().toISOString()} ${name}: working again`);
      failing = false;
    } catch (error) {
      if (!failing)
        console.error(
          `${new Date().toISOString()} ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      failing = true;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  if (firstAfterMs !== undefined) setTimeout(tick, firstAfterMs).unref();
}
