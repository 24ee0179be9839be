import "server-only";
import { prisma } from "@/lib/db/client";
import { can, meetingWhere, newsWhere, structureWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { locales, type AppLocale } from "@/i18n/routing";
import { listOpenDecisions } from "./decisions/list-open-decisions";
import { listReportWork } from "./plans/list-report-work";
import { getSubscriberOverview } from "./alerts/count-subscribers";

// The dashboard: what this user works on. "My drafts" are the drafts they
// created; the translation gaps are those of records they may edit (an RTC
// representative: their centre's profile). Each list is capped, with its
// total, so the page can link to the full filtered list.

export const DASHBOARD_LIST_SIZE = 5;

type Row = {
  id: string;
  slug: string;
  status: string;
  translations: { locale: string; status: string; title?: string; name?: string }[];
};

function summarize(row: Row, locale: AppLocale, kind: "meeting" | "news" | "structure") {
  const titled = row.translations.map((t) => ({ locale: t.locale, title: t.title ?? t.name ?? row.slug }));
  const picked = pickTranslation(titled, locale);
  const published = new Set(row.translations.filter((t) => t.status === "PUBLISHED").map((t) => t.locale));
  return {
    kind,
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: picked?.title ?? row.slug,
    titleLocale: picked?.locale ?? locale,
    missing: locales.filter((l) => !published.has(l)),
  };
}

const take = DASHBOARD_LIST_SIZE;
const texts = { select: { locale: true, status: true, title: true } } as const;
const hasGap = { translations: { some: {} } };

/** The dashboard's lists and their totals (a fixed number of queries, whatever the scope's size), and the report lists. */
export async function getStaffDashboard(actor: Actor, locale: AppLocale) {
  const editsMeetings = can(actor, "meeting.create");
  const editsNews = can(actor, "news.create");
  const myMeetings = {
    AND: [meetingWhere(actor, "meeting.update"), { createdById: actor.id, status: "DRAFT" as const }],
  };
  const myNews = { AND: [newsWhere(actor, "news.update"), { createdById: actor.id, status: "DRAFT" as const }] };
  const upcoming = {
    AND: [
      meetingWhere(actor, "meeting.readDraft"),
      { endsAt: { gte: new Date() }, status: { not: "ARCHIVED" as const } },
    ],
  };
  // A published record missing a language: fewer than five published translations.
  const publicMeetingGaps = {
    AND: [
      meetingWhere(actor, "meeting.update"),
      { status: "PUBLISHED" as const },
      hasGap,
      { NOT: { AND: locales.map((l) => ({ translations: { some: { locale: l, status: "PUBLISHED" as const } } })) } },
    ],
  };
  const structureGaps = {
    AND: [
      structureWhere(actor, "structure.update"),
      { NOT: { AND: locales.map((l) => ({ translations: { some: { locale: l, status: "PUBLISHED" as const } } })) } },
    ],
  };
  const none = Promise.resolve([]);
  const zero = Promise.resolve(0);
  const [
    draftMeetings,
    draftMeetingCount,
    draftNews,
    draftNewsCount,
    upcomingRows,
    upcomingCount,
    meetingGaps,
    meetingGapCount,
    structures,
    structureGapCount,
    reportWork,
    alerts,
    openDecisions,
  ] = await Promise.all([
    editsMeetings
      ? prisma.meeting.findMany({
          where: myMeetings,
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          take,
          select: { id: true, slug: true, status: true, translations: texts },
        })
      : none,
    editsMeetings ? prisma.meeting.count({ where: myMeetings }) : zero,
    editsNews
      ? prisma.newsArticle.findMany({
          where: myNews,
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          take,
          select: { id: true, slug: true, status: true, translations: texts },
        })
      : none,
    editsNews ? prisma.newsArticle.count({ where: myNews }) : zero,
    prisma.meeting.findMany({
      where: upcoming,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, slug: true, status: true, startsAt: true, endsAt: true, timeZone: true, translations: texts },
    }),
    prisma.meeting.count({ where: upcoming }),
    editsMeetings
      ? prisma.meeting.findMany({
          where: publicMeetingGaps,
          orderBy: [{ startsAt: "desc" }, { id: "asc" }],
          take,
          select: { id: true, slug: true, status: true, translations: texts },
        })
      : none,
    editsMeetings ? prisma.meeting.count({ where: publicMeetingGaps }) : zero,
    prisma.structure.findMany({
      where: structureGaps,
      orderBy: [{ slug: "asc" }],
      take,
      select: {
        id: true,
        slug: true,
        status: true,
        translations: { select: { locale: true, status: true, name: true } },
      },
    }),
    prisma.structure.count({ where: structureGaps }),
    listReportWork({ actor, locale }),
    getSubscriberOverview(actor, locale),
    listOpenDecisions({ actor, locale }),
  ]);
  return {
    /** E-mail alerts: subscribers per region (counts only), the sending queue for administrators. */
    alerts,
    /** The progress reports due, returned and to review (lib/data/plans/list-report-work.ts). */
    reportWork,
    /** The open decisions the user's structure is responsible for, or whose follow-up they record. */
    openDecisions,
    /** What the dashboard offers (lib/auth/permissions.ts decides): new meetings, new articles. */
    mayCreateMeetings: editsMeetings,
    mayCreateNews: editsNews,
    /** The centre a representative keeps current ("Edit my centre"), if any. */
    myCentre:
      actor.structureId &&
      can(actor, "report.area") &&
      can(actor, "structure.update", { structureId: actor.structureId, regionId: actor.regionId })
        ? actor.structureId
        : null,
    myDrafts: {
      meetings: { items: draftMeetings.map((r) => summarize(r, locale, "meeting")), total: draftMeetingCount },
      news: { items: draftNews.map((r) => summarize(r, locale, "news")), total: draftNewsCount },
    },
    upcoming: {
      items: upcomingRows.map((r) => ({
        ...summarize(r, locale, "meeting"),
        startsAt: r.startsAt,
        endsAt: r.endsAt,
        timeZone: r.timeZone,
      })),
      total: upcomingCount,
    },
    gaps: {
      meetings: { items: meetingGaps.map((r) => summarize(r, locale, "meeting")), total: meetingGapCount },
      structures: { items: structures.map((r) => summarize(r as Row, locale, "structure")), total: structureGapCount },
    },
  };
}

export type StaffDashboard = Awaited<ReturnType<typeof getStaffDashboard>>;
