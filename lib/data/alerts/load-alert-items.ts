import "server-only";
import { prisma } from "@/lib/db/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import { publicMeetingWhere } from "@/lib/data/visibility";
import type { AppLocale } from "@/i18n/routing";

// What an alert says about each record: its title and summary in the
// subscriber's language (or English, marked as such) and its page. Records
// no longer public by the time the alert goes out are left out.

export type AlertItem = {
  eventId: string;
  kind: "NEWS" | "MEETING" | "REPORT" | "DECISION" | "DECISION_DONE";
  /** A correction staff chose to notify, not the first publication. */
  correction: boolean;
  path: string;
  title: string;
  summary: string;
  isFallback: boolean;
  textLocale: AppLocale;
};

export async function loadAlertItems(eventIds: string[], locale: AppLocale): Promise<AlertItem[]> {
  const events = await prisma.alertEvent.findMany({
    where: { id: { in: eventIds } },
    orderBy: { publishedAt: "asc" },
    select: { id: true, recordKind: true, recordId: true, revision: true, publishedAt: true },
  });
  const translations = {
    where: { status: "PUBLISHED" as const, locale: { in: fallbackChain(locale) } },
    select: { locale: true, title: true },
  };
  const ids = (kind: string) => events.filter((e) => e.recordKind === kind).map((e) => e.recordId);
  const chain = { where: { locale: { in: fallbackChain(locale) } } };
  const decisionIds = [...ids("DECISION"), ...ids("DECISION_DONE")];
  const [news, meetings, reports, decisions] = await Promise.all([
    prisma.newsArticle.findMany({
      where: { id: { in: ids("NEWS") }, status: { not: "DRAFT" } },
      select: {
        id: true,
        slug: true,
        translations: { ...translations, select: { ...translations.select, excerpt: true } },
      },
    }),
    prisma.meeting.findMany({
      where: { id: { in: ids("MEETING") }, status: { not: "DRAFT" } },
      select: {
        id: true,
        slug: true,
        translations: { ...translations, select: { ...translations.select, summary: true } },
      },
    }),
    // A progress report: the activity it reports on, in its public plan (its page).
    prisma.progressReport.findMany({
      where: {
        id: { in: ids("REPORT") },
        status: "ACCEPTED",
        activity: { plan: { status: { in: ["ADOPTED", "CLOSED"] } } },
      },
      select: {
        id: true,
        activity: {
          select: {
            translations: { ...chain, select: { locale: true, title: true } },
            plan: {
              select: {
                slug: true,
                region: { select: { code: true } },
                translations: { ...chain, select: { locale: true, title: true } },
              },
            },
          },
        },
      },
    }),
    // A decision: its text in the languages its (public) meeting is published in, under the meeting's title.
    decisionIds.length
      ? prisma.meetingOutcome.findMany({
          where: { id: { in: decisionIds }, kind: "DECISION", meeting: publicMeetingWhere() },
          select: {
            id: true,
            translations: { ...chain, select: { locale: true, text: true } },
            meeting: { select: { slug: true, translations } },
          },
        })
      : [],
  ]);
  const paths = new Map<string, string>();
  const records = new Map<string, { slug: string; title: string; summary: string; locale: AppLocale; fb: boolean }>();
  for (const n of news) {
    const t = pickTranslation(n.translations, locale);
    if (t) records.set(n.id, { slug: n.slug, title: t.title, summary: t.excerpt, locale: t.locale, fb: t.isFallback });
  }
  for (const m of meetings) {
    const t = pickTranslation(m.translations, locale);
    if (t) records.set(m.id, { slug: m.slug, title: t.title, summary: t.summary, locale: t.locale, fb: t.isFallback });
  }
  for (const r of reports) {
    const activity = pickTranslation(r.activity.translations, locale);
    const plan = pickTranslation(r.activity.plan.translations, locale);
    if (!activity) continue;
    const { slug, region } = r.activity.plan;
    paths.set(r.id, `/${locale}/regions/${region.code.toLowerCase()}/plans/${slug}`);
    records.set(r.id, {
      slug,
      title: activity.title,
      summary: plan?.title ?? "",
      locale: activity.locale,
      fb: activity.isFallback,
    });
  }
  for (const d of decisions) {
    const published = new Set(d.meeting.translations.map((t) => t.locale));
    const text = pickTranslation(
      d.translations.filter((t) => t.text && published.has(t.locale)),
      locale,
    );
    if (!text) continue;
    paths.set(d.id, `/${locale}/meetings/${d.meeting.slug}#decision-${d.id}`);
    records.set(d.id, {
      slug: d.meeting.slug,
      title: text.text,
      summary: pickTranslation(d.meeting.translations, locale)?.title ?? "",
      locale: text.locale,
      fb: text.isFallback,
    });
  }
  // Within one moment, a meeting before the decisions announced with it.
  const rank = (kind: string) => (kind === "MEETING" ? 0 : 1);
  events.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || rank(a.recordKind) - rank(b.recordKind));
  return events.flatMap((e) => {
    const r = records.get(e.recordId);
    if (!r) return [];
    return [
      {
        eventId: e.id,
        kind: e.recordKind,
        correction: e.revision > 0,
        path: paths.get(e.recordId) ?? `/${locale}/${e.recordKind === "NEWS" ? "news" : "meetings"}/${r.slug}`,
        title: r.title,
        summary: r.summary,
        isFallback: r.fb,
        textLocale: r.locale,
      },
    ];
  });
}

/** The subscriber's address and manage-link version, for the mail. */
export async function loadRecipient(subscriberId: string) {
  return prisma.alertSubscriber.findUnique({
    where: { id: subscriberId },
    select: { email: true, linkVersion: true, bouncedAt: true },
  });
}
