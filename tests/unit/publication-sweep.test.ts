import { afterEach, expect, test, vi } from "vitest";
import { startPublicationSweeps, SWEEP_INTERVAL_MS } from "@/lib/cache/publication-sweep";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test("a failed sweep and its recovery are both reported on stderr, each once", async () => {
  vi.useFakeTimers();
  const statuses = [404, 404, 200, 200];
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(null, { status: statuses.shift() ?? 200 })),
  );
  const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
  const stdout = vi.spyOn(console, "log").mockImplementation(() => {});
  startPublicationSweeps(3999);
  for (let i = 0; i < 4; i += 1) await vi.advanceTimersByTimeAsync(SWEEP_INTERVAL_MS);
  const lines = stderr.mock.calls.map((call) => String(call[0]).replace(/^\S+ /, ""));
  expect(lines).toEqual(["publication sweep failed: HTTP 404", "publication sweep: working again"]);
  expect(stdout).not.toHaveBeenCalled();
});
