// Builds a Prisma client on the node-postgres driver adapter. Used by the app
// (lib/db/client.ts), the seed and the tests, each with its own URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { currentConfig } from "../config-schema";
import { PrismaClient } from "./generated/client";

export type { PrismaClient };

/** Counts SQL queries (tests and benchmarks read it to prove no N+1). */
export const queryCounter = { count: 0 };

export function createPrismaClient(url?: string): PrismaClient {
  const config = currentConfig();
  const connectionString = url ?? config.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const adapter = new PrismaPg({ connectionString, max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 });
  const counting = config.NODE_ENV === "test" || config.PORTAL_COUNT_QUERIES === "1";
  if (!counting) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => {
    queryCounter.count += 1;
  });
  return client;
}
