import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

// Idempotent creates. Each "create" form carries a one-time token made when
// the page was rendered (newFormToken). The first submission with a token
// creates the record and records the token in the same transaction; the same
// token again — a double click before hydration, a no-JavaScript form sent
// twice — finds the record the first one made and opens it instead of
// creating another. Two submissions at the same moment meet on the primary
// key: the second transaction fails and rolls back, and then finds the first.

type Tx = Prisma.TransactionClient;
export type FormKind = "meeting" | "news" | "structure" | "invitation" | "plan" | "report";

/** A fresh token for a create form (base64url, 32 characters). */
export function newFormToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64url");
}

type Key = { userId: string; token: string; kind: FormKind };

/** The record this user's token already created (of this kind), or null. */
export async function formSubmissionOf(key: Key): Promise<string | null> {
  return earlier(key);
}

async function earlier({ userId, token, kind }: Key): Promise<string | null> {
  const row = await prisma.formSubmission.findUnique({
    where: { userId_token: { userId, token } },
    select: { kind: true, recordId: true },
  });
  return row && row.kind === kind ? row.recordId : null;
}

/**
 * Runs `create` (one transaction) unless this user's token was used already;
 * then returns the id of the record it created, with `repeated: true`.
 */
export async function createOnce<T extends { id: string }>(
  key: Key,
  create: (tx: Tx) => Promise<T>,
  options?: { timeout?: number },
): Promise<T | { id: string; repeated: true }> {
  const done = await earlier(key);
  if (done) return { id: done, repeated: true };
  try {
    const result = await prisma.$transaction(async (tx) => {
      const created = await create(tx);
      await tx.formSubmission.create({ data: { ...key, recordId: created.id } });
      return created;
    }, options);
    // Keep the table small: drop old tokens now and then.
    if (Math.random() < 0.05) await forgetOldFormTokens();
    return result;
  } catch (error) {
    const raced = await earlier(key);
    if (raced) return { id: raced, repeated: true };
    throw error;
  }
}

/** A token matters while someone may still send the same page again: a week is plenty. */
async function forgetOldFormTokens(now = new Date()) {
  await prisma.formSubmission.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 7 * 24 * 3600 * 1000) } },
  });
}
