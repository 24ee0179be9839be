import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { AUDIT_PAGE_SIZE, auditDateRange, type AuditFilters } from "@/lib/validation/audit-filters";
import { pageWindow } from "@/lib/validation/public-filters";
import type { AppLocale } from "@/i18n/routing";

/** The record types of the log ("Meeting", "NewsArticle", "user"…) as one word each. */
export function recordKind(entityType: string): "meeting" | "news" | "structure" | "user" | null {
  const key = entityType.toLowerCase().replace(/[^a-z]/g, "");
  if (key === "meeting") return "meeting";
  if (key === "news" || key === "newsarticle" || key === "article") return "news";
  if (key === "structure") return "structure";
  if (key === "user") return "user";
  return null;
}

/** The current name of each record the entries are about, in the reader's language (four queries, whatever the page). */
async function recordNames(items: { entityType: string; entityId: string }[], locale: AppLocale) {
  const ids = (kind: string) => [
    ...new Set(items.filter((i) => recordKind(i.entityType) === kind).map((i) => i.entityId)),
  ];
  const titles = { select: { locale: true, title: true } } as const;
  const [meetings, news, structures, users] = await Promise.all([
    prisma.meeting.findMany({ where: { id: { in: ids("meeting") } }, select: { id: true, translations: titles } }),
    prisma.newsArticle.findMany({ where: { id: { in: ids("news") } }, select: { id: true, translations: titles } }),
    prisma.structure.findMany({
      where: { id: { in: ids("structure") } },
      select: { id: true, translations: { select: { locale: true, name: true } } },
    }),
    prisma.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, { name: string; lang: string }>();
  const titled = (kind: string, rows: { id: string; translations: { locale: string; title: string }[] }[]) => {
    for (const row of rows) {
      const picked = pickTranslation(row.translations, locale);
      if (picked) names.set(`${kind}:${row.id}`, { name: picked.title, lang: picked.locale });
    }
  };
  titled("meeting", meetings);
  titled("news", news);
  titled(
    "structure",
    structures.map((s) => ({
      id: s.id,
      translations: s.translations.map((t) => ({ locale: t.locale, title: t.name })),
    })),
  );
  for (const u of users) names.set(`user:${u.id}`, { name: u.name, lang: locale });
  return names;
}

/**
 * One page of the audit log, newest first, with what the filter form needs:
 * eight queries whatever the page size (entries with their actor, the count,
 * the people who appear as actors, the record types present, and the names
 * of the records on the page).
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
  const names = await recordNames(items, locale);
  return {
    items: items.map((item) => ({
      ...item,
      record: names.get(`${recordKind(item.entityType)}:${item.entityId}`) ?? null,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actors,
    entityTypes: types.map((t) => t.entityType),
  };
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>["items"][number];
