import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ForbiddenError, type Action } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { getStorage } from "@/lib/storage/storage";

// Deleting a draft (meeting, news article, action plan): one transaction that
// claims the record — in the actor's scope, at the version the confirmation
// page showed, and still a draft, all in the DELETE's own where — writes the
// audit entry with what was deleted, and then removes the record's stored
// files. A record that is (or was made) public is never deleted: it is
// unpublished first.

type Tx = Prisma.TransactionClient;

/** The record's table, as two functions over its where type (deleteMany's count says whether it deleted). */
export type DraftTable<Where> = {
  deleteMany(where: Where): Promise<{ count: number }>;
  count(where: Where): Promise<number>;
};

export async function deleteDraft<Where, Snapshot>({
  actorId,
  id,
  version,
  action,
  entityType,
  table,
  scope,
  snapshot,
  files,
}: {
  actorId: string;
  id: string;
  version: number;
  action: Action;
  entityType: string;
  table: (tx: Tx) => DraftTable<Where>;
  /** The actor's scope for `action`, as a where clause (lib/auth/permissions.ts). */
  scope: Where;
  snapshot: (tx: Tx) => Promise<Snapshot>;
  /** Storage keys of the record's files, removed after the delete is committed. */
  files: (tx: Tx) => Promise<string[]>;
}) {
  // Every table here has id, version and status columns: the same where fits each.
  const where = (match: Record<string, unknown>, scoped = true) => (scoped ? { AND: [match, scope] } : match) as Where;
  const { keys } = await prisma.$transaction(async (tx) => {
    const rows = table(tx);
    const before = await snapshot(tx);
    const keys = await files(tx);
    const { count } = await rows.deleteMany(where({ id, version, status: "DRAFT" }));
    if (count === 0) {
      // Why not: unknown, out of scope, not a draft, or changed since the page was shown.
      if (!(await rows.count(where({ id }, false)))) throw new NotFoundError();
      if (!(await rows.count(where({ id })))) throw new ForbiddenError(action);
      if (!(await rows.count(where({ id, status: "DRAFT" }, false))))
        throw new FieldValidationError({ _form: ["onlyDrafts"] });
      throw new StaleVersionError();
    }
    await writeAudit(tx, { actorId, action, entityType, entityId: id, before });
    return { keys };
  });
  await Promise.all(
    keys.map((key) =>
      getStorage()
        .delete(key)
        .catch(() => {}),
    ),
  );
  return { id };
}
