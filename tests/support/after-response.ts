// Stands in for lib/actions/after-response.ts in vitest (see vitest.config.ts):
// there is no response to wait for, so work queued "after the response" waits
// here until a test runs it with runAfterResponse(). A test can thus check
// what the answer did before the queued work ran.
const queue: { label: string; task: () => Promise<unknown> }[] = [];

export function afterResponse(label: string, task: () => Promise<unknown>) {
  queue.push({ label, task });
}

/** The labels of the work queued and not yet run. */
export function pendingAfterResponse(): string[] {
  return queue.map((entry) => entry.label);
}

/** Runs the queued work, in order, as Next.js would after the response. */
export async function runAfterResponse() {
  while (queue.length) await queue.shift()!.task();
}
