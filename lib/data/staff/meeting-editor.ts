import "server-only";
import { readCityNames } from "./city-names";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import type { AppLocale } from "@/i18n/routing";
import { publicMeetingWhere } from "../visibility";
import { meetingScope } from "../scope";
import { staffTitle, translationStates } from "./meeting-list";

// What the meeting editor's pages read: always inside the actor's scope (a
// meeting out of scope reads as absent), drafts and every translation included.
// One query per page (nested reads are joined), two with a search.

const headerSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  timeZone: true,
  startsAt: true,
  endsAt: true,
  publishAt: true,
  regionId: true,
  hostStructureId: true,
  organizerStructureId: true,
} as const;

type HeaderRow = { slug: string; status: string; publishAt: Date | null; translations: { locale: string; status: string; title: string }[] };

/** What every editor page shows on top: the title, status, and whether the public can see it now. */
export function meetingHeader<T extends HeaderRow>(row: T, locale: AppLocale) {
  const now = Date.now();
  const isPublic =
    row.status !== "DRAFT" && row.translations.some((t) => t.status === "PUBLISHED") && (!row.publishAt || row.publishAt.getTime() <= now);
  return { ...staffTitle(row.translations, locale, row.slug), translationStates: translationStates(row.translations), isPublic };
}

const scoped = (actor: Actor, id: string): Prisma.MeetingWhereInput => ({ AND: [{ id }, meetingScope(actor)] });

/** The details form: every field and every translation. */
export async function getMeetingForEdit({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const row = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where: scoped(actor, id),
    select: {
      ...headerSelect,
      kind: true,
      seriesId: true,
      number: true,
      format: true,
      city: true,
      countryCode: true,
      publishedAt: true,
      translations: { select: { locale: true, status: true, title: true, summary: true, body: true, venue: true, publishedAt: true } },
    },
  });
  // The city's names in the other languages, from the gazetteer the public pages use.
  return row ? { ...row, ...meetingHeader(row, locale), cityNames: await readCityNames(row.countryCode?.trim() ?? null, row.city) } : null;
}

export type MeetingForEdit = NonNullable<Awaited<ReturnType<typeof getMeetingForEdit>>>;

const headerTranslations = { select: { locale: true, status: true, title: true } } as const;

export async function getMeetingAgenda({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const row = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where: scoped(actor, id),
    select: {
      ...headerSelect,
      translations: headerTranslations,
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, position: true, startsAt: true, translations: { select: { locale: true, title: true, description: true } } },
      },
    },
  });
  return row ? { ...row, ...meetingHeader(row, locale) } : null;
}

export async function getMeetingOutcomes({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const row = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where: scoped(actor, id),
    select: {
      ...headerSelect,
      translations: headerTranslations,
      outcomes: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, position: true, kind: true, translations: { select: { locale: true, text: true } } },
      },
    },
  });
  return row ? { ...row, ...meetingHeader(row, locale) } : null;
}

const otherMeetingSelect = { id: true, slug: true, status: true, startsAt: true, endsAt: true, timeZone: true, translations: { select: { locale: true, title: true } } } as const;

type OtherRow = { id: string; slug: string; status: string; startsAt: Date; endsAt: Date; timeZone: string; translations: { locale: string; title: string }[] };

function other({ translations, ...row }: OtherRow, locale: AppLocale) {
  return { ...row, ...staffTitle(translations, locale, row.slug) };
}

/** The meeting's links in both directions, and the meetings a search finds to link to. */
export async function getMeetingRelations({ actor, id, locale, q }: { actor: Actor; id: string; locale: AppLocale; q?: string }) {
  const [row, candidates] = await Promise.all([
    prisma.meeting.findFirst({
      relationLoadStrategy: "join",
      where: scoped(actor, id),
      select: {
        ...headerSelect,
        translations: headerTranslations,
        relatedFrom: { select: { kind: true, to: { select: otherMeetingSelect } } },
        relatedTo: { select: { kind: true, from: { select: otherMeetingSelect } } },
      },
    }),
    q ? searchRelatableMeetings({ actor, id, q }) : Promise.resolve([]),
  ]);
  if (!row) return null;
  const links = [
    ...row.relatedFrom.map((r) => ({ kind: r.kind, direction: "from" as const, meeting: other(r.to, locale) })),
    ...row.relatedTo.map((r) => ({ kind: r.kind, direction: "to" as const, meeting: other(r.from, locale) })),
  ].sort((a, b) => b.meeting.startsAt.getTime() - a.meeting.startsAt.getTime());
  return { ...row, ...meetingHeader(row, locale), links, candidates: candidates.map((c) => other(c, locale)) };
}

/** Meetings the actor can see (their scope, or public), by title or slug, not yet linked. */
function searchRelatableMeetings({ actor, id, q }: { actor: Actor; id: string; q: string }) {
  return prisma.meeting.findMany({
    relationLoadStrategy: "join",
    where: {
      AND: [
        { id: { not: id } },
        { OR: [meetingScope(actor), publicMeetingWhere()] },
        { OR: [{ slug: { contains: q.toLowerCase() } }, { translations: { some: { title: { contains: q, mode: "insensitive" } } } }] },
        { NOT: { OR: [{ relatedFrom: { some: { toMeetingId: id } } }, { relatedTo: { some: { fromMeetingId: id } } }] } },
      ],
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 10,
    select: otherMeetingSelect,
  });
}
