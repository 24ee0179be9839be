import "server-only";
import { prisma } from "@/lib/db/client";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere, publicNewsWhere, publicStructureWhere } from "./visibility";

/**
 * Records per sitemap file. Each record is one <url> with six hreflang links
 * (five languages and x-default), so a file holds at most 48,000 URLs in all,
 * under the protocol's 50,000.
 */
export const SITEMAP_FILE_RECORDS = 8_000;

export type SitemapKind = "meetings" | "news" | "structures";
export type SitemapRecord = { slug: string; updatedAt: Date };

const counters: Record<SitemapKind, () => Promise<number>> = {
  meetings: () => prisma.meeting.count({ where: publicMeetingWhere() }),
  news: () => prisma.newsArticle.count({ where: publicNewsWhere() }),
  structures: () => prisma.structure.count({ where: publicStructureWhere() }),
};

/** How many files each kind of record needs (three counts). */
export async function countSitemapFiles(): Promise<Record<SitemapKind, number>> {
  await tagRender([cacheTags.meetings, cacheTags.news, cacheTags.structures]);
  const [meetings, news, structures] = await Promise.all([counters.meetings(), counters.news(), counters.structures()]);
  const files = (n: number) => Math.max(1, Math.ceil(n / SITEMAP_FILE_RECORDS));
  return { meetings: files(meetings), news: files(news), structures: files(structures) };
}

const window = (file: number) => ({
  orderBy: { id: "asc" as const },
  skip: file * SITEMAP_FILE_RECORDS,
  take: SITEMAP_FILE_RECORDS,
  select: { slug: true, updatedAt: true },
});

/** One file's records, in a stable order (by id), one query. */
export async function listSitemapRecords(kind: SitemapKind, file: number): Promise<SitemapRecord[]> {
  await tagRender([cacheTags[kind]]);
  if (kind === "meetings") return prisma.meeting.findMany({ where: publicMeetingWhere(), ...window(file) });
  if (kind === "news") return prisma.newsArticle.findMany({ where: publicNewsWhere(), ...window(file) });
  return prisma.structure.findMany({ where: publicStructureWhere(), ...window(file) });
}

/** The region codes (for the pages file). */
export async function listSitemapRegions(): Promise<{ code: string }[]> {
  await tagRender([cacheTags.regions]);
  return prisma.region.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true } });
}
