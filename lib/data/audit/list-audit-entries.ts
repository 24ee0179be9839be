import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AUDIT_PAGE_SIZE, auditDateRange, type AuditFilters } from "@/lib/validation/audit-filters";
import { pageWindow } from "@/lib/validation/public-filters";
import type { AppLocale } from "@/i18n/routing";
import { nameAuditRecords, referencedIds } from "./name-audit-records";

/**
 * One page of the audit log, newest first, with what the filter form needs:
 * a fixed number of queries whatever the page size (entries with their
 * actor, the count, the people who appear as actors, the record types
 * present, and one per kind of record for the names of the records on the
 * page and of every id their values refer to).
 */
export async function listAuditEntries({
  actor,
  filters,
  locale = "en",
}: {
  actor: Actor;
  filters: AuditFilters;
  locale?: AppLocale;
}) {
  assertCan(actor, "audit.read");
  const createdAt = auditDateRange(filters);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.type ? { entityType: filters.type } : {}),
    ...(filters.record ? { entityId: filters.record } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  const [items, total, actors, types] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(filters.page, AUDIT_PAGE_SIZE),
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actorId: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    prisma.auditLog.count({ where }),
    prisma.user.findMany({
      where: { auditEntries: { some: {} } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true },
    }),
    prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  const refs = items.map((item) => referencedIds(item.after, referencedIds(item.before)));
  const names = await nameAuditRecords([...items.map((i) => i.entityId), ...refs.flatMap((r) => [...r])], locale);
  return {
    items: items.map((item, i) => ({
      ...item,
      record: names.get(item.entityId) ?? null,
      /** The names of the ids its values refer to ("indicatorId": the indicator's name). */
      names: Object.fromEntries([...refs[i]].flatMap((id) => (names.has(id) ? [[id, names.get(id)!.name]] : []))),
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actors,
    entityTypes: types.map((t) => t.entityType),
  };
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>["items"][number];
