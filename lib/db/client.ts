import "server-only";
import { isDevelopment } from "@/lib/config-schema";
import { createPrismaClient, type PrismaClient } from "./create-client";

// One client per server process, made on first use (so building the app needs
// no database) and kept across hot reloads in development. Each test file gets
// its own, pointed at its own database.
const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };
let client: PrismaClient | undefined;

function getClient(): PrismaClient {
  client ??= globalForPrisma.portalPrisma ?? createPrismaClient();
  if (isDevelopment()) globalForPrisma.portalPrisma = client;
  return client;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = getClient();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
