import "server-only";
import { prisma } from "@/lib/db/client";
import { locales, type AppLocale } from "@/i18n/routing";
import { pickTranslation } from "@/lib/content/translation";
import type { Actor } from "@/lib/auth/permissions";
import { meetingScope, newsScope, structureScope } from "./scope";

type Row = { id: string; slug: string; status: string; translations: { locale: string; status: string; title?: string; name?: string }[] };

function summarize(row: Row, locale: AppLocale, kind: "meeting" | "news" | "structure") {
  const titled = row.translations.map((t) => ({ locale: t.locale, title: t.title ?? t.name ?? row.slug }));
  const published = new Set(row.translations.filter((t) => t.status === "PUBLISHED").map((t) => t.locale));
  return {
    kind,
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: pickTranslation(titled, locale)?.title ?? row.slug,
    missing: locales.filter((l) => !published.has(l)),
  };
}

/** The dashboard: drafts, upcoming meetings and missing translations in the user's scope (five queries). */
export async function getStaffDashboard(actor: Actor, locale: AppLocale) {
  const translations = { select: { locale: true, status: true, title: true } } as const;
  const [draftMeetings, draftNews, upcoming, meetings, structures] = await Promise.all([
    prisma.meeting.findMany({ where: { ...meetingScope(actor), status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 20, select: { id: true, slug: true, status: true, translations } }),
    prisma.newsArticle.findMany({ where: { ...newsScope(actor), status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 20, select: { id: true, slug: true, status: true, translations } }),
    prisma.meeting.findMany({
      where: { ...meetingScope(actor), endsAt: { gte: new Date() }, status: { not: "ARCHIVED" } },
      orderBy: { startsAt: "asc" },
      take: 10,
      select: { id: true, slug: true, status: true, startsAt: true, endsAt: true, timeZone: true, translations },
    }),
    prisma.meeting.findMany({ where: { ...meetingScope(actor), status: "PUBLISHED" }, orderBy: { startsAt: "desc" }, take: 30, select: { id: true, slug: true, status: true, translations } }),
    prisma.structure.findMany({ where: structureScope(actor), orderBy: { slug: "asc" }, take: 30, select: { id: true, slug: true, status: true, translations: { select: { locale: true, status: true, name: true } } } }),
  ]);
  return {
    drafts: [...draftMeetings.map((r) => summarize(r, locale, "meeting")), ...draftNews.map((r) => summarize(r, locale, "news"))],
    upcoming: upcoming.map((r) => ({ ...summarize(r, locale, "meeting"), startsAt: r.startsAt, endsAt: r.endsAt, timeZone: r.timeZone })),
    missingTranslations: [
      ...meetings.map((r) => summarize(r, locale, "meeting")),
      ...structures.map((r) => summarize(r as Row, locale, "structure")),
    ].filter((r) => r.missing.length > 0),
  };
}
