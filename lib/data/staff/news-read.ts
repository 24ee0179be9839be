import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { newsScope } from "@/lib/data/scope";
import { localizedLabel, listRegionOptions, listStructureOptions, listTopicOptions, listMeetingOptions } from "./options";

// Reads of the staff news editor, scoped in the query: ROCB staff see their
// region's articles, administrators all; RTC representatives edit no news.

export const staffNewsPageSize = 20;

export function newsEditScope(actor: Actor): Prisma.NewsArticleWhereInput {
  return actor.role === "RTC_REP" ? { id: "__none__" } : newsScope(actor);
}

/** One page of the articles in scope, newest change first (two queries). */
export async function listStaffNews({ actor, locale, page }: { actor: Actor; locale: AppLocale; page: number }) {
  const where = newsEditScope(actor);
  const [total, rows] = await Promise.all([
    prisma.newsArticle.count({ where }),
    prisma.newsArticle.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * staffNewsPageSize,
      take: staffNewsPageSize,
      select: {
        id: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        region: { select: { code: true, translations: { select: { locale: true, name: true } } } },
        translations: { select: { locale: true, status: true, title: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / staffNewsPageSize)),
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      status: row.status,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      title: localizedLabel(row.translations.map((t) => ({ locale: t.locale, label: t.title })), locale, row.slug),
      region: row.region ? (pickTranslation(row.region.translations, locale)?.name ?? row.region.code) : null,
      translations: row.translations.map((t) => ({ locale: t.locale, status: t.status })),
    })),
  };
}

const editorSelect = {
  id: true,
  slug: true,
  status: true,
  regionId: true,
  meetingId: true,
  publishAt: true,
  publishedAt: true,
  imageKey: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, title: true, excerpt: true, body: true, imageAlt: true, status: true, publishedAt: true } },
  structures: { select: { structureId: true } },
  topics: { select: { topicId: true } },
} satisfies Prisma.NewsArticleSelect;

export type StaffNewsArticle = Prisma.NewsArticleGetPayload<{ select: typeof editorSelect }>;

/** The article for its editor: found in scope, out of scope (403) or unknown (404). */
export async function getStaffNewsArticle({ actor, id }: { actor: Actor; id: string }) {
  const article = await prisma.newsArticle.findFirst({ where: { AND: [{ id }, newsEditScope(actor)] }, select: editorSelect });
  if (article) return { state: "ok" as const, article };
  const exists = await prisma.newsArticle.count({ where: { id } });
  return exists ? { state: "forbidden" as const } : { state: "notFound" as const };
}

/** Choices of the news form: regions, meetings in scope, structures and topics (four or five queries). */
export async function getNewsFormOptions({ actor, locale, meetingId }: { actor: Actor; locale: AppLocale; meetingId?: string | null }) {
  const [regions, meetings, structures, topics] = await Promise.all([
    listRegionOptions(actor, locale),
    listMeetingOptions(actor, locale, meetingId ?? null),
    listStructureOptions(locale),
    listTopicOptions(locale),
  ]);
  return { regions, meetings, structures, topics };
}

/** What the permission checks need to know of an article (for an action's early check; the write checks again). */
export async function newsScopeOf(id: string) {
  const row = await prisma.newsArticle.findUnique({ where: { id }, select: { regionId: true, structures: { select: { structureId: true } } } });
  return row ? { regionId: row.regionId, structureIds: row.structures.map((s) => s.structureId) } : null;
}
