// Work that must not hold up the answer (and must not show in its timing):
// run by Next.js after the response has been sent (`after`). A failure is
// logged; the visitor already has their answer. Replaced in vitest by
// tests/support/after-response.ts, which lets a test run the queue itself.
import { after } from "next/server";

export function afterResponse(label: string, task: () => Promise<unknown>) {
  after(async () => {
    try {
      await task();
    } catch (error) {
      console.error(
        `${new Date().toISOString()} [after] ${label} failed:`,
        error instanceof Error ? error.message : error,
      );
    }
  });
}
