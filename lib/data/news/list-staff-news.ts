import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { can, newsWhere, type Actor, type NewsAction } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/content/markdown";
import { pickTranslation } from "@/lib/content/translation";
import { translationStates } from "@/lib/content/translation-states";
import { newFormToken } from "@/lib/data/create-once";
import {
  listMeetingOptions,
  listRegionOptions,
  listStructureOptions,
  listTopicOptions,
  localizedLabel,
} from "@/lib/data/list-options";
import { imageUrl } from "@/lib/storage/images";
import { localeFieldName } from "@/lib/validation/form-fields";
import { toDateTimeInput } from "@/lib/validation/form-values";
import { locales, type AppLocale } from "@/i18n/routing";
import { newsRecordFields, newsTextSelect } from "./select-news";
import type { StaffRecord } from "@/lib/data/meetings/claim-meeting";

// Reads of the staff news editor, scoped in the query (lib/auth/permissions.ts
// newsWhere): ROCB staff see their region's articles, administrators all; RTC
// representatives edit no news.

export const staffNewsPageSize = 20;

/** One page of the articles in scope, newest change first (two queries); `mine`: those the actor created. */
export async function listStaffNews({
  actor,
  locale,
  page,
  mine = false,
  status,
}: {
  actor: Actor;
  locale: AppLocale;
  page: number;
  mine?: boolean;
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
}) {
  const where: Prisma.NewsArticleWhereInput = {
    AND: [newsWhere(actor, "news.update"), mine ? { createdById: actor.id } : {}, status ? { status } : {}],
  };
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
      title: localizedLabel(
        row.translations.map((t) => ({ locale: t.locale, label: t.title })),
        locale,
        row.slug,
      ),
      region: row.region ? (pickTranslation(row.region.translations, locale)?.name ?? row.region.code) : null,
      translationStates: translationStates(row.translations),
    })),
  };
}

const editorSelect = {
  ...newsRecordFields,
  updatedAt: true,
  translations: { select: newsTextSelect },
} satisfies Prisma.NewsArticleSelect;

export type StaffNewsArticle = Prisma.NewsArticleGetPayload<{ select: typeof editorSelect }>;

/** The article for its editor: found in scope, out of scope (403) or unknown (404). */
export async function getStaffNewsArticle({
  actor,
  id,
  action = "news.update",
}: {
  actor: Actor;
  id: string;
  action?: NewsAction;
}): Promise<StaffRecord<StaffNewsArticle & { mayDelete: boolean }>> {
  const article = await prisma.newsArticle.findFirst({
    where: { AND: [{ id }, newsWhere(actor, action)] },
    select: editorSelect,
  });
  if (article) {
    // A draft may be deleted (from its confirmation page) by whoever may delete the region's articles.
    const mayDelete =
      article.status === "DRAFT" &&
      (await prisma.newsArticle.count({ where: { AND: [{ id }, newsWhere(actor, "news.delete")] } })) > 0;
    return { state: "ok", record: { ...article, mayDelete } };
  }
  return (await prisma.newsArticle.count({ where: { id } })) ? { state: "forbidden" } : { state: "notFound" };
}

/** Choices of the news form: regions, meetings in scope, structures and topics (four or five queries). */
async function getNewsFormOptions({
  actor,
  locale,
  meetingId,
}: {
  actor: Actor;
  locale: AppLocale;
  meetingId?: string | null;
}) {
  const [regions, meetings, structures, topics] = await Promise.all([
    listRegionOptions(actor, locale),
    listMeetingOptions(actor, locale, meetingId ?? null),
    listStructureOptions(locale),
    listTopicOptions(locale),
  ]);
  return { regions, meetings, structures, topics };
}

const newsTextFields = ["title", "excerpt", "body", "imageAlt"] as const;

/**
 * Everything the news form needs: the choices, the starting values (named as
 * the inputs are), the server-rendered previews, the current image and, for
 * a new article, a one-time token.
 */
export async function getNewsForm({
  actor,
  locale,
  article,
}: {
  actor: Actor;
  locale: AppLocale;
  article: StaffNewsArticle | null;
}) {
  const options = await getNewsFormOptions({ actor, locale, meetingId: article?.meetingId });
  const ownRegion = can(actor, "content.chooseRegion")
    ? null
    : (options.regions.find((r) => r.value === (article ? article.regionId : actor.regionId)) ?? null);
  const values: Record<string, string> = {
    slug: article?.slug ?? "",
    regionId: article ? (article.regionId ?? "") : (ownRegion?.value ?? ""),
    publishedAt: toDateTimeInput(article?.publishedAt),
    publishAt: toDateTimeInput(article?.publishAt),
    meetingId: article?.meetingId ?? "",
  };
  const previews = Object.fromEntries(locales.map((l) => [l, ""])) as Record<AppLocale, string>;
  for (const t of article?.translations ?? []) {
    const locale = t.locale as AppLocale;
    for (const field of newsTextFields) values[localeFieldName(locale, field)] = t[field];
    previews[locale] = t.body ? renderMarkdown(t.body) : "";
  }
  return {
    options,
    regionFixed: ownRegion,
    values,
    structureIds: article?.structures.map((s) => s.structureId) ?? [],
    topicIds: article?.topics.map((t) => t.topicId) ?? [],
    translationStates: translationStates(article?.translations ?? []),
    previews,
    imageUrl: article?.imageKey ? imageUrl(article.imageKey) : null,
    formToken: article ? null : newFormToken(),
  };
}

export type NewsFormData = Awaited<ReturnType<typeof getNewsForm>>;

/** What the permission checks need to know of an article (for an action's early check; the write checks again, in its query). */
export async function newsScopeOf(id: string) {
  const row = await prisma.newsArticle.findUnique({
    where: { id },
    select: { regionId: true, structures: { select: { structureId: true } } },
  });
  return row ? { regionId: row.regionId, structureIds: row.structures.map((s) => s.structureId) } : null;
}
