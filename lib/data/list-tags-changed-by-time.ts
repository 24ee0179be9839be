import "server-only";
import { prisma } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache/tags";

/**
 * The cache tags of public pages whose content changed by the passing of time
 * in (since, until]: records whose scheduled publication came (they appear on
 * every list that shows them), and meetings that started or ended (they move
 * from "upcoming" to "past"). Three indexed queries, whatever the data size.
 */
export async function tagsChangedByTime(since: Date, until: Date): Promise<string[]> {
  const window = { gt: since, lte: until };
  const [meetings, started, articles] = await Promise.all([
    prisma.meeting.findMany({ where: { status: { not: "DRAFT" }, publishAt: window }, select: { id: true } }),
    prisma.meeting.findMany({
      where: { status: { not: "DRAFT" }, OR: [{ startsAt: window }, { endsAt: window }] },
      select: { id: true },
    }),
    prisma.newsArticle.findMany({
      where: { status: { not: "DRAFT" }, publishAt: window },
      select: { id: true, meetingId: true, structures: { select: { structureId: true } } },
    }),
  ]);
  const tags = new Set<string>();
  for (const { id } of [...meetings, ...started]) tags.add(cacheTags.meeting(id)).add(cacheTags.meetings);
  for (const article of articles) {
    tags.add(cacheTags.news).add(cacheTags.newsArticle(article.id));
    if (article.meetingId) tags.add(cacheTags.meeting(article.meetingId));
    for (const { structureId } of article.structures) tags.add(cacheTags.structure(structureId));
  }
  return [...tags];
}
