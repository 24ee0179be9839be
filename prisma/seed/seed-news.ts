// News articles with their translations, topics and structures.
import { news } from "./data/news";
import { topics } from "./data/topics";
import { lookup, perLocale, regionLookup, structureLookup, type SeedContext } from "./context";
import { resolveInstant } from "./time";

export async function seedNews(ctx: SeedContext): Promise<void> {
  const { prisma } = ctx;
  const existing = new Set(
    (
      await prisma.newsArticle.findMany({ where: { slug: { in: news.map((n) => n.slug) } }, select: { slug: true } })
    ).map((row) => row.slug),
  );
  const missing = news.filter((article) => !existing.has(article.slug));
  if (missing.length === 0) return;

  const regions = await regionLookup(ctx);
  const structures = await structureLookup(ctx, [...new Set(missing.flatMap((n) => n.structures))]);
  const topicRows = await prisma.topic.findMany({
    where: { slug: { in: topics.map((t) => t.slug) } },
    select: { id: true, slug: true },
  });
  const topicIds = lookup(
    ctx,
    "topic",
    topicRows.map((row) => ({ key: row.slug, id: row.id })),
  );
  const meetingSlugs = missing.flatMap((n) => (n.meeting ? [n.meeting] : []));
  const meetingRows = await prisma.meeting.findMany({
    where: { slug: { in: meetingSlugs } },
    select: { id: true, slug: true },
  });
  const meetingIds = lookup(
    ctx,
    "meeting",
    meetingRows.map((row) => ({ key: row.slug, id: row.id })),
  );

  for (const article of missing) {
    const usedBy = `news ${article.slug}`;
    const publishedAt = resolveInstant(article.publishedAt, ctx.now);
    const topicIdList = article.topics.flatMap((slug) => topicIds.find(slug, usedBy) ?? []);
    const structureIdList = article.structures.flatMap((slug) => structures.find(slug, usedBy) ?? []);
    await prisma.newsArticle.create({
      data: {
        slug: article.slug,
        status: "PUBLISHED",
        publishedAt,
        regionId: article.region ? (regions.find(article.region, usedBy) ?? null) : null,
        meetingId: article.meeting ? (meetingIds.find(article.meeting, usedBy) ?? null) : null,
        translations: {
          create: perLocale(article.t, (locale, text) => ({
            locale,
            ...text,
            status: "PUBLISHED" as const,
            publishedAt,
          })),
        },
        topics: { create: [...new Set(topicIdList)].map((topicId) => ({ topicId })) },
        structures: { create: [...new Set(structureIdList)].map((structureId) => ({ structureId })) },
      },
    });
    ctx.created("news article");
  }
}
