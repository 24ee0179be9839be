import "server-only";
import { prisma } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { isoDate } from "@/lib/content/format";
import { localDateTimeToUtc } from "@/lib/content/time-zone";

/**
 * The cache tags of public pages whose content changed by the passing of time
 * in (since, until]: records whose scheduled publication came (they appear on
 * every list that shows them), and meetings that started or ended (they move
 * from "upcoming" to "past"), and meetings whose join link became public at
 * the start of their first day at the venue. Four indexed queries, whatever
 * the data size.
 */
export async function tagsChangedByTime(since: Date, until: Date): Promise<string[]> {
  const window = { gt: since, lte: until };
  const [meetings, started, articles, joining] = await Promise.all([
    prisma.meeting.findMany({ where: { status: { not: "DRAFT" }, publishAt: window }, select: { id: true } }),
    prisma.meeting.findMany({
      where: { status: { not: "DRAFT" }, OR: [{ startsAt: window }, { endsAt: window }] },
      select: { id: true },
    }),
    prisma.newsArticle.findMany({
      where: { status: { not: "DRAFT" }, publishAt: window },
      select: { id: true, meetingId: true, structures: { select: { structureId: true } } },
    }),
    // A first day begins at most a day before the meeting starts.
    prisma.meeting.findMany({
      where: {
        status: { not: "DRAFT" },
        joinUrl: { not: "" },
        joinUrlFromStartDay: true,
        startsAt: { gt: since, lte: new Date(until.getTime() + 86_400_000) },
      },
      select: { id: true, startsAt: true, timeZone: true },
    }),
  ]);
  const tags = new Set<string>();
  for (const { id } of [...meetings, ...started]) tags.add(cacheTags.meeting(id)).add(cacheTags.meetings);
  for (const m of joining) {
    const firstDay = localDateTimeToUtc(`${isoDate(m.startsAt, m.timeZone)}T00:00`, m.timeZone);
    if (firstDay && firstDay > since && firstDay <= until) tags.add(cacheTags.meeting(m.id));
  }
  for (const article of articles) {
    tags.add(cacheTags.news).add(cacheTags.newsArticle(article.id));
    if (article.meetingId) tags.add(cacheTags.meeting(article.meetingId));
    for (const { structureId } of article.structures) tags.add(cacheTags.structure(structureId));
  }
  return [...tags];
}
