import "server-only";
// A source imported again with other content is offered as an update to its
// draft (ImportedItem.pendingUpdate). Staff who may edit the article apply
// it (the translation's title, excerpt and body become the source's) or
// keep their draft (the source as it is now counts as seen).
import { newsWhere, type Actor } from "@/lib/auth/permissions";
import { prisma as db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { NotFoundError } from "@/lib/errors/app-errors";

export type ImportUpdate = {
  id: string;
  articleId: string;
  locale: string;
  source: string;
  currentTitle: string;
  newTitle: string;
};

type Pending = { title: string; excerpt: string; body: string };

function pendingOf(value: Prisma.JsonValue | null): Pending | null {
  const v = value as Partial<Pending> | null;
  return v && typeof v.title === "string" && typeof v.body === "string"
    ? { title: v.title, excerpt: typeof v.excerpt === "string" ? v.excerpt : "", body: v.body }
    : null;
}

export async function listImportUpdates({ actor }: { actor: Actor }): Promise<ImportUpdate[]> {
  const rows = await db.importedItem.findMany({
    where: { pendingHash: { not: null }, article: newsWhere(actor, "news.update") },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: {
      id: true,
      articleId: true,
      locale: true,
      sourceKey: true,
      pendingUpdate: true,
      article: { select: { translations: { select: { locale: true, title: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    locale: row.locale,
    source: row.sourceKey,
    currentTitle: row.article.translations.find((t) => t.locale === row.locale)?.title ?? "",
    newTitle: pendingOf(row.pendingUpdate)?.title ?? "",
  }));
}

/** Applies (`apply`) or sets aside (`keep`) one offered update; the article's version moves on, so an open editor's save is refused as stale. */
export async function decideImportUpdate({
  actor,
  id,
  decision,
}: {
  actor: Actor;
  id: string;
  decision: "apply" | "keep";
}): Promise<{ articleId: string }> {
  return db.$transaction(async (tx) => {
    const row = await tx.importedItem.findFirst({
      where: { id, pendingHash: { not: null }, article: newsWhere(actor, "news.update") },
      select: { id: true, articleId: true, locale: true, pendingHash: true, pendingUpdate: true },
    });
    if (!row?.pendingHash) throw new NotFoundError("import update");
    const pending = pendingOf(row.pendingUpdate);
    if (decision === "apply" && pending) {
      await tx.newsTranslation.upsert({
        where: { articleId_locale: { articleId: row.articleId, locale: row.locale } },
        update: pending,
        create: { articleId: row.articleId, locale: row.locale, ...pending, status: "DRAFT" },
      });
    }
    await tx.importedItem.update({
      where: { id: row.id },
      data: { contentHash: row.pendingHash, pendingHash: null, pendingUpdate: Prisma.DbNull },
    });
    await tx.newsArticle.update({ where: { id: row.articleId }, data: { version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: decision === "apply" ? "news.importUpdateApplied" : "news.importUpdateKept",
      entityType: "NewsArticle",
      entityId: row.articleId,
      after: { locale: row.locale },
    });
    return { articleId: row.articleId };
  });
}
