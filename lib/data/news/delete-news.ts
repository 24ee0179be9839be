import "server-only";
import { newsWhere, type Actor } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { deleteDraft } from "@/lib/data/drafts/delete-draft";
import { newsRecordFields, newsTextSelect } from "./select-news";

/** Deletes a draft article with its texts, links and image, audited with the article as it was. */
export async function deleteDraftNews({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  const result = await deleteDraft({
    actorId: actor.id,
    id,
    version,
    action: "news.delete",
    entityType: "NewsArticle",
    table: (tx) => ({
      deleteMany: (where) => tx.newsArticle.deleteMany({ where }),
      count: (where) => tx.newsArticle.count({ where }),
    }),
    scope: newsWhere(actor, "news.delete"),
    snapshot: (tx) =>
      tx.newsArticle.findUnique({
        where: { id },
        select: { ...newsRecordFields, translations: { select: newsTextSelect, orderBy: { locale: "asc" } } },
      }),
    files: async (tx) => {
      const row = await tx.newsArticle.findUnique({ where: { id }, select: { imageKey: true } });
      return row?.imageKey ? [row.imageKey] : [];
    },
  });
  return { ...result, tags: [cacheTags.newsArticle(id)] };
}
