import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { pickTranslation, type Localized } from "@/lib/content/translation";
import type { DecisionFilters, DecisionKind, DecisionStatus } from "@/lib/validation/decision-filters";
import { pageWindow, PAGE_SIZE } from "@/lib/validation/public-filters";
import { publicMeetingWhere, publicNewsWhere, publishedTranslations } from "../visibility";

// The public register of decisions (issue 21): the decisions (outcomes of
// kind DECISION) of published meetings, across meetings, with the meeting
// that took each and what became of it. A decision is public with its
// meeting; its follow-ups show only when they are public themselves (a
// published meeting or article, an adopted plan).

export type PublicDecision = {
  id: string;
  text: Localized<{ text: string }> | null;
  kind: DecisionKind;
  status: DecisionStatus;
  dueOn: Date | null;
  history: { status: DecisionStatus; changedAt: Date }[];
  meeting: { slug: string; title: Localized<{ title: string }> | null; startsAt: Date; endsAt: Date; timeZone: string };
  responsible: { slug: string; name: string }[];
  plans: { slug: string; regionCode: string; title: string }[];
  followUpMeeting: { slug: string; title: string; startsAt: Date; endsAt: Date; timeZone: string } | null;
  followUpNews: { slug: string; title: string } | null;
  followUpDocument: { id: string; title: string; meetingSlug: string } | null;
};

export type DecisionPage = { items: PublicDecision[]; total: number; page: number; pageCount: number };

export function publicDecisionWhere(filters: DecisionFilters = {}, now = new Date()): Prisma.MeetingOutcomeWhereInput {
  const meeting: Prisma.MeetingWhereInput = { ...publicMeetingWhere(now) };
  if (filters.region) meeting.region = { code: filters.region };
  if (filters.series) meeting.series = { slug: filters.series };
  if (filters.year) {
    meeting.startsAt = { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) };
  }
  const where: Prisma.MeetingOutcomeWhereInput = { kind: "DECISION", meeting };
  if (filters.status) where.status = filters.status;
  if (filters.kind) where.decisionKind = filters.kind;
  if (filters.structure) where.responsible = { some: { structure: { slug: filters.structure } } };
  if (filters.q) where.translations = { some: { text: { contains: filters.q, mode: "insensitive" } } };
  return where;
}

export function decisionSelect(locale: AppLocale) {
  const texts = publishedTranslations(locale);
  return {
    id: true,
    meetingId: true,
    decisionKind: true,
    status: true,
    dueOn: true,
    translations: { select: { locale: true, text: true } },
    statusChanges: { orderBy: { changedAt: "asc" }, select: { status: true, changedAt: true } },
    meeting: {
      select: {
        slug: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        // Every published language: a decision's text is public in the languages its meeting's text is.
        translations: { where: { status: "PUBLISHED" }, select: { locale: true, title: true } },
      },
    },
    responsible: {
      select: {
        structure: { select: { slug: true, translations: { ...texts, select: { locale: true, name: true } } } },
      },
    },
    plans: {
      where: { status: { not: "DRAFT" } },
      select: {
        slug: true,
        region: { select: { code: true } },
        translations: { select: { locale: true, title: true } },
      },
    },
    followUpMeeting: {
      select: {
        slug: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        status: true,
        publishAt: true,
        hasPublishedText: true,
        translations: { ...texts, select: { locale: true, title: true } },
      },
    },
    followUpNews: {
      select: { id: true, slug: true, translations: { ...texts, select: { locale: true, title: true } } },
    },
    followUpDocument: { select: { id: true, title: true, meeting: { select: { slug: true, id: true } } } },
  } as const;
}

type Row = Prisma.MeetingOutcomeGetPayload<{ select: ReturnType<typeof decisionSelect> }>;

const isPublicMeeting = (m: { status: string; publishAt: Date | null; hasPublishedText: boolean }, now: Date) =>
  (m.status === "PUBLISHED" || m.status === "ARCHIVED") && (!m.publishAt || m.publishAt <= now) && m.hasPublishedText;

/**
 * A staff preview of a meeting not public yet: its decisions are shown as they
 * will be once it is, in the languages its preview shows (drafts included),
 * with its own documents as follow-ups.
 */
export type DecisionPreview = { meetingId: string; languages: Set<string> };

export async function toPublicDecisions(
  rows: Row[],
  locale: AppLocale,
  now = new Date(),
  preview?: DecisionPreview,
): Promise<PublicDecision[]> {
  // An article or a document follows up a decision only while it is public itself.
  const newsIds = rows.flatMap((r) => (r.followUpNews ? [r.followUpNews.id] : []));
  const publicNews = new Set(
    newsIds.length
      ? (
          await prisma.newsArticle.findMany({
            where: { AND: [{ id: { in: newsIds } }, publicNewsWhere(now)] },
            select: { id: true },
          })
        ).map((n) => n.id)
      : [],
  );
  const docMeetings = rows.flatMap((r) => (r.followUpDocument ? [r.followUpDocument.meeting.id] : []));
  const publicDocMeetings = new Set(
    docMeetings.length
      ? (
          await prisma.meeting.findMany({
            where: { AND: [{ id: { in: docMeetings } }, publicMeetingWhere(now)] },
            select: { id: true },
          })
        ).map((m) => m.id)
      : [],
  );
  if (preview) publicDocMeetings.add(preview.meetingId);
  return rows.map((r) => {
    const published =
      preview && preview.meetingId === r.meetingId
        ? preview.languages
        : new Set<string>(r.meeting.translations.map((t) => t.locale));
    return toPublicDecision(r, locale, now, published, publicNews, publicDocMeetings);
  });
}

function toPublicDecision(
  r: Row,
  locale: AppLocale,
  now: Date,
  published: Set<string>,
  publicNews: Set<string>,
  publicDocMeetings: Set<string>,
): PublicDecision {
  return {
    id: r.id,
    text: pickTranslation(
      r.translations.filter((t) => published.has(t.locale)),
      locale,
    ),
    kind: r.decisionKind,
    status: r.status,
    dueOn: r.dueOn,
    history: r.statusChanges,
    meeting: {
      slug: r.meeting.slug,
      title: pickTranslation(r.meeting.translations, locale),
      startsAt: r.meeting.startsAt,
      endsAt: r.meeting.endsAt,
      timeZone: r.meeting.timeZone,
    },
    responsible: r.responsible.map(({ structure }) => ({
      slug: structure.slug,
      name: pickTranslation(structure.translations, locale)?.name ?? structure.slug,
    })),
    plans: r.plans.map((p) => ({
      slug: p.slug,
      regionCode: p.region.code.toLowerCase(),
      title: pickTranslation(p.translations, locale)?.title ?? p.slug,
    })),
    followUpMeeting:
      r.followUpMeeting && isPublicMeeting(r.followUpMeeting, now)
        ? {
            slug: r.followUpMeeting.slug,
            title: pickTranslation(r.followUpMeeting.translations, locale)?.title ?? r.followUpMeeting.slug,
            startsAt: r.followUpMeeting.startsAt,
            endsAt: r.followUpMeeting.endsAt,
            timeZone: r.followUpMeeting.timeZone,
          }
        : null,
    followUpNews:
      r.followUpNews && publicNews.has(r.followUpNews.id)
        ? {
            slug: r.followUpNews.slug,
            title: pickTranslation(r.followUpNews.translations, locale)?.title ?? r.followUpNews.slug,
          }
        : null,
    followUpDocument:
      r.followUpDocument && publicDocMeetings.has(r.followUpDocument.meeting.id)
        ? { id: r.followUpDocument.id, title: r.followUpDocument.title, meetingSlug: r.followUpDocument.meeting.slug }
        : null,
  };
}

/** The decisions of the given published meetings, in their order (the meeting page, and the previous meeting of its series). */
export async function listMeetingDecisions(
  meetingIds: string[],
  locale: AppLocale,
  preview?: DecisionPreview,
): Promise<PublicDecision[]> {
  if (!meetingIds.length) return [];
  const now = new Date();
  const publicOnes = { meetingId: { in: meetingIds }, meeting: publicMeetingWhere(now) };
  const rows = await prisma.meetingOutcome.findMany({
    where: {
      kind: "DECISION",
      // The previewed meeting's own decisions whatever its publication (the caller checked its access).
      ...(preview ? { OR: [publicOnes, { meetingId: preview.meetingId }] } : publicOnes),
    },
    orderBy: [{ meetingId: "asc" }, { position: "asc" }, { id: "asc" }],
    select: decisionSelect(locale),
  });
  return (await toPublicDecisions(rows, locale, now, preview)).filter((d) => d.text);
}

const REGISTER_TAGS = [cacheTags.meetings, cacheTags.plans, cacheTags.structures, cacheTags.news, cacheTags.decisions];

/** One page of the register; the page is refreshed by any change to meetings, plans, structures, news or decisions. */
export async function listPublicDecisions({
  locale,
  filters,
  page,
  pageSize = PAGE_SIZE,
}: {
  locale: AppLocale;
  filters: DecisionFilters;
  page: number;
  pageSize?: number;
}): Promise<DecisionPage> {
  const now = new Date();
  const where = publicDecisionWhere(filters, now);
  const { skip, take } = pageWindow(page, pageSize);
  const select = decisionSelect(locale);
  const [rows, total] = await Promise.all([
    prisma.meetingOutcome.findMany({
      where,
      orderBy: [{ meeting: { startsAt: "desc" } }, { position: "asc" }, { id: "asc" }],
      skip,
      take,
      select,
    }),
    prisma.meetingOutcome.count({ where }),
  ]);
  await tagRender(REGISTER_TAGS);
  return {
    items: (await toPublicDecisions(rows, locale, now)).filter((d) => d.text),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** One decision of a published meeting (the open data API); null when there is none. */
export async function getPublicDecision(id: string, locale: AppLocale): Promise<PublicDecision | null> {
  const now = new Date();
  const rows = await prisma.meetingOutcome.findMany({
    where: { AND: [{ id }, publicDecisionWhere({}, now)] },
    select: decisionSelect(locale),
  });
  await tagRender(REGISTER_TAGS);
  return (await toPublicDecisions(rows, locale, now)).find((d) => d.text) ?? null;
}

/** The structures responsible for at least one public decision, by name: the register's structure filter. */
export async function listDecisionStructures(locale: AppLocale): Promise<{ slug: string; name: string }[]> {
  const texts = publishedTranslations(locale);
  const rows = await prisma.structure.findMany({
    where: { decisions: { some: { outcome: publicDecisionWhere() } } },
    select: { slug: true, translations: { ...texts, select: { locale: true, name: true } } },
  });
  await tagRender(REGISTER_TAGS);
  return rows
    .map((s) => ({ slug: s.slug, name: pickTranslation(s.translations, locale)?.name ?? s.slug }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
