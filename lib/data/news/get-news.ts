import "server-only";
import { prisma } from "@/lib/db/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere, publicNewsWhere, publishedTranslations } from "../visibility";
import {
  byName,
  nameTranslations,
  pickName,
  readableNewsWhere,
  toTopicTags,
  type LocalizedName,
  type NewsTopicTag,
} from "./select-news";

export type NewsRelatedMeeting = {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  contentLocale: AppLocale;
};

export type NewsRelatedStructure = LocalizedName & { slug: string; kind: string };

export type NewsArticleDetail = {
  id: string;
  /** Every record the article links to, shown or not yet public: the page's cache tags. */
  linkedIds: { meeting: string | null; structures: string[] };
  slug: string;
  publishedAt: Date | null;
  imageKey: string | null;
  imageAlt: string;
  title: string;
  excerpt: string;
  body: string;
  contentLocale: AppLocale;
  isFallback: boolean;
  region: (LocalizedName & { code: string }) | null;
  topics: NewsTopicTag[];
  structures: NewsRelatedStructure[];
  meeting: NewsRelatedMeeting | null;
};

const kindOrder: Record<string, number> = { ROCB: 0, RTC: 1, VICE_CHAIR: 2 };

// The article's page carries the tags of the article and of every record it
// shows (its meeting and structures), so a change to any of them refreshes it.
async function findPublicNewsId(slug: string): Promise<string | null> {
  const row = await prisma.newsArticle.findFirst({
    where: { AND: [{ slug }, publicNewsWhere()] },
    select: { id: true },
  });
  return row?.id ?? null;
}

async function loadArticle(id: string, locale: AppLocale): Promise<NewsArticleDetail | null> {
  const [row, meeting] = await Promise.all([
    prisma.newsArticle.findFirst({
      where: { AND: [{ id }, readableNewsWhere(locale)] },
      select: {
        id: true,
        slug: true,
        publishedAt: true,
        imageKey: true,
        meetingId: true,
        translations: {
          ...publishedTranslations(locale),
          select: { locale: true, title: true, excerpt: true, body: true, imageAlt: true },
        },
        region: { select: { code: true, translations: nameTranslations(locale) } },
        topics: { select: { topic: { select: { slug: true, translations: nameTranslations(locale) } } } },
        structures: {
          select: {
            structureId: true,
            structure: {
              select: {
                slug: true,
                kind: true,
                translations: { ...publishedTranslations(locale), select: { locale: true, name: true } },
              },
            },
          },
        },
      },
    }),
    // A to-one relation cannot be filtered inside `select`, so the meeting is
    // read on its own, public only, in parallel with the article.
    prisma.meeting.findFirst({
      where: {
        AND: [
          publicMeetingWhere(),
          { news: { some: { id } } },
          { translations: { some: { status: "PUBLISHED", locale: { in: fallbackChain(locale) } } } },
        ],
      },
      select: {
        slug: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        translations: { ...publishedTranslations(locale), select: { locale: true, title: true } },
      },
    }),
  ]);
  const text = row && pickTranslation(row.translations, locale);
  if (!row || !text) return null;
  const meetingText = meeting && pickTranslation(meeting.translations, locale);
  // Structures without a published name in the chain are not public (yet).
  const structures = row.structures
    .flatMap(({ structure }) => {
      const name = pickTranslation(structure.translations, locale);
      return name ? [{ slug: structure.slug, kind: structure.kind, name: name.name, contentLocale: name.locale }] : [];
    })
    .sort((a, b) => (kindOrder[a.kind] ?? 9) - (kindOrder[b.kind] ?? 9) || byName(locale)(a, b));
  return {
    id: row.id,
    linkedIds: { meeting: row.meetingId, structures: row.structures.map((s) => s.structureId) },
    slug: row.slug,
    publishedAt: row.publishedAt,
    imageKey: row.imageKey,
    imageAlt: text.imageAlt,
    title: text.title,
    excerpt: text.excerpt,
    body: text.body,
    contentLocale: text.locale,
    isFallback: text.isFallback,
    region: row.region
      ? { code: row.region.code, ...pickName(row.region.translations, locale, row.region.code) }
      : null,
    topics: toTopicTags(row.topics, locale),
    structures,
    meeting:
      meeting && meetingText
        ? {
            slug: meeting.slug,
            title: meetingText.title,
            startsAt: meeting.startsAt,
            endsAt: meeting.endsAt,
            timeZone: meeting.timeZone,
            contentLocale: meetingText.locale,
          }
        : null,
  };
}

/** A public article in the visitor's language (or English), or null for unknown, draft or unscheduled slugs. */
export async function getPublishedNews({
  locale,
  slug,
}: {
  locale: AppLocale;
  slug: string;
}): Promise<NewsArticleDetail | null> {
  const id = await findPublicNewsId(slug);
  if (id) {
    const article = await loadArticle(id, locale);
    await tagRender([
      cacheTags.newsArticle(id),
      cacheTags.regions,
      ...(article?.linkedIds.meeting ? [cacheTags.meeting(article.linkedIds.meeting)] : []),
      ...(article?.linkedIds.structures ?? []).map(cacheTags.structure),
    ]);
    return article;
  }
  // A 404 is cached too: publishing an article under this slug must refresh it.
  await tagRender([cacheTags.news]);
  return null;
}
