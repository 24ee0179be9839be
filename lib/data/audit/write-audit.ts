import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/** Values safe to keep in the audit log: never a password hash or token. */
function scrub(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (["passwordHash", "tokenHash", "password"].includes(key) ? "[redacted]" : v)),
  ) as Prisma.InputJsonValue;
}

/** One audit entry, written in the same transaction as the change. */
export async function writeAudit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: scrub(entry.before),
      after: scrub(entry.after),
    },
  });
}
