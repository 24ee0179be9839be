import "server-only";
import { prisma } from "@/lib/db/client";
import { cacheTags, tagged } from "@/lib/cache/tags";
import { publicMeetingWhere, publicNewsWhere, publicStructureWhere } from "./visibility";

/** At most this many records per type in the one sitemap file (the protocol allows 50,000 URLs). */
export const SITEMAP_LIMIT = 15_000;

export const listSitemapRecords = tagged(
  async () => {
    const [meetings, news, structures, regions] = await Promise.all([
      prisma.meeting.findMany({ where: publicMeetingWhere(), orderBy: { updatedAt: "desc" }, take: SITEMAP_LIMIT, select: { slug: true, updatedAt: true } }),
      prisma.newsArticle.findMany({ where: publicNewsWhere(), orderBy: { updatedAt: "desc" }, take: SITEMAP_LIMIT, select: { slug: true, updatedAt: true } }),
      prisma.structure.findMany({ where: publicStructureWhere(), orderBy: { updatedAt: "desc" }, take: SITEMAP_LIMIT, select: { slug: true, updatedAt: true } }),
      prisma.region.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true } }),
    ]);
    return { meetings, news, structures, regions };
  },
  () => [cacheTags.meetings, cacheTags.news, cacheTags.structures, cacheTags.regions],
);
