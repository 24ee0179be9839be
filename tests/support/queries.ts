// Counting SQL queries, to prove a data function costs the same however many
// rows it reads (no N+1). The client counts every query under NODE_ENV=test
// (lib/db/create-client.ts).
import { queryCounter } from "@/lib/db/create-client";

/** Runs `run` and returns its result with the number of queries it sent. */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = queryCounter.count;
  const result = await run();
  return { result, queries: queryCounter.count - before };
}
