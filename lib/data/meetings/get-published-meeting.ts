import "server-only";
import { listMeetingDecisions } from "@/lib/data/decisions/list-public-decisions";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { pickTranslation } from "@/lib/content/translation";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { cardSelect, toCards, type MeetingCard } from "./select-card";
import { cityNamer } from "../gazetteer/name-places";
import { documentFields, meetingFactFields } from "./select-meeting";
import { joinLink, toTimetable } from "./select-timetable";
import { publicMeetingWhere, publicNewsWhere, publishedTranslations } from "../visibility";

type Named = { locale: string; name: string };

export type OrganizationRef = {
  kind: "structure" | "organization";
  slug: string;
  name: string;
  nameLocale: string;
  countryCode: string | null;
  /** Public structures get a profile link; other organizations have none. */
  href: string | null;
};

export type PublicAttendee = {
  id: string;
  role: string;
  organization: OrganizationRef;
  /** Only people who consented to publication; never e-mail or phone. */
  people: { id: string; fullName: string; jobTitle: string }[];
};

function structureRef(
  s: { slug: string; countryCode: string; translations: Named[] },
  locale: AppLocale,
): OrganizationRef {
  const name = pickTranslation(s.translations, locale);
  return {
    kind: "structure",
    slug: s.slug,
    name: name?.name ?? s.slug,
    nameLocale: name?.locale ?? "en",
    countryCode: s.countryCode,
    href: name ? `/structures/${s.slug}` : null,
  };
}

function organizationRef(
  o: { slug: string; countryCode: string | null; translations: Named[] },
  locale: AppLocale,
): OrganizationRef {
  const name = pickTranslation(o.translations, locale);
  // Every organization that attends published meetings has its page (/organizations/{slug}).
  return {
    kind: "organization",
    slug: o.slug,
    name: name?.name ?? o.slug,
    nameLocale: name?.locale ?? "en",
    countryCode: o.countryCode,
    href: name ? `/organizations/${o.slug}` : null,
  };
}

type DetailMode = "public" | "preview";

export type MeetingPhase = "upcoming" | "ongoing" | "past";

/**
 * The meeting page's one nested read. "public": published translations only.
 * "preview" (staff): the meeting's own texts whatever their status, so staff see
 * drafts as the public will see them once published; everything else it links
 * to (structures, related meetings, news) stays as public as it is.
 */
function detailSelect(locale: AppLocale, now: Date, mode: DetailMode) {
  const chain = publishedTranslations(locale).where.locale.in;
  const names = (where = {}) => ({ where: { ...where, locale: { in: chain } }, select: { locale: true, name: true } });
  const structureSelect = {
    select: { id: true, slug: true, countryCode: true, translations: names({ status: "PUBLISHED" as const }) },
  };
  const ownTexts = mode === "public" ? publishedTranslations(locale) : { where: { locale: { in: chain } } };
  return {
    ...meetingFactFields,
    updatedAt: true,
    joinUrl: true,
    joinUrlFromStartDay: true,
    region: { select: { code: true, translations: names() } },
    series: { select: { id: true, slug: true, translations: names() } },
    hostStructure: structureSelect,
    organizerStructure: structureSelect,
    translations: { ...ownTexts, select: { locale: true, title: true, summary: true, body: true, venue: true } },
    agendaItems: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        sessionId: true,
        translations: { where: { locale: { in: chain } }, select: { locale: true, title: true, description: true } },
        // Who speaks, by person and attendee only: names come from the consented people below.
        speakers: { orderBy: { position: "asc" }, select: { person: { select: { id: true, attendeeId: true } } } },
      },
    },
    sessions: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        room: true,
        link: true,
        chair: { select: { id: true, attendeeId: true } },
        translations: { where: { locale: { in: chain } }, select: { locale: true, title: true } },
      },
    },
    outcomes: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        kind: true,
        translations: { where: { locale: { in: chain } }, select: { locale: true, text: true } },
      },
    },
    // Staff-only documents are not even read, in the preview either (it shows what the public will see).
    documents: {
      where: { isPublic: true },
      orderBy: { position: "asc" },
      select: documentFields,
    },
    attendees: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        role: true,
        structure: structureSelect,
        organization: { select: { id: true, slug: true, countryCode: true, translations: names() } },
        // Consent decides: names of people who did not consent, and every
        // e-mail and phone, are not even read from the database here.
        people: {
          where: { publicConsent: true },
          orderBy: { position: "asc" },
          select: { id: true, fullName: true, jobTitle: true },
        },
      },
    },
    // Every relation, public or not: a related meeting published later must refresh this page.
    _count: { select: { relatedFrom: true, relatedTo: true } },
    relatedFrom: { where: { to: publicMeetingWhere(now) }, select: { kind: true, to: { select: cardSelect(locale) } } },
    relatedTo: {
      where: { from: publicMeetingWhere(now) },
      select: { kind: true, from: { select: cardSelect(locale) } },
    },
    news: {
      where: publicNewsWhere(now),
      orderBy: { publishedAt: "desc" },
      take: 5,
      select: {
        slug: true,
        publishedAt: true,
        translations: { ...publishedTranslations(locale), select: { locale: true, title: true } },
      },
    },
  } as const;
}

/** The meeting page's data for the meeting matching `where`: two queries at most. */
export async function loadMeetingDetail(where: Prisma.MeetingWhereInput, locale: AppLocale, mode: DetailMode) {
  const now = new Date();
  const meeting = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where,
    select: detailSelect(locale, now, mode),
  });
  if (!meeting) return null;
  const text = pickTranslation(meeting.translations, locale);
  if (!text) return null;
  // A translation without a text of its own shows the English one (marked as English), never nothing.
  const body = text.body.trim()
    ? text
    : pickTranslation(
        meeting.translations.filter((t) => t.body.trim()),
        locale,
      );
  // Agenda and outcome texts are published with the meeting's text in the same language.
  const published = new Set<string>(meeting.translations.map((t) => t.locale));
  const publishedOnly = <T extends { locale: string }>(rows: T[]) => rows.filter((row) => published.has(row.locale));

  // Same series: the published meetings just before and just after this one (two queries, in parallel).
  const seriesWhere = meeting.series
    ? { ...publicMeetingWhere(now), seriesId: meeting.series.id, id: { not: meeting.id } }
    : null;
  const [[previousRows, nextRows], cityOf] = await Promise.all([
    seriesWhere
      ? Promise.all([
          prisma.meeting.findMany({
            where: { ...seriesWhere, startsAt: { lt: meeting.startsAt } },
            orderBy: [{ startsAt: "desc" }, { id: "desc" }],
            take: 1,
            select: cardSelect(locale),
          }),
          prisma.meeting.findMany({
            where: { ...seriesWhere, startsAt: { gte: meeting.startsAt } },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take: 1,
            select: cardSelect(locale),
          }),
        ])
      : Promise.resolve([[], []] as const),
    cityNamer(locale),
  ]);
  const seriesNeighbours: { previous: MeetingCard | null; next: MeetingCard | null } = {
    previous: toCards([...previousRows], locale, cityOf)[0] ?? null,
    next: toCards([...nextRows], locale, cityOf)[0] ?? null,
  };

  // Its decisions with their follow-up, and those of the previous meeting of its series ("what became of them").
  // One query for both meetings.
  const previousId = seriesNeighbours.previous?.id;
  const bothDecisions = await listMeetingDecisions(
    previousId ? [meeting.id, previousId] : [meeting.id],
    locale,
    mode === "preview" ? { meetingId: meeting.id, languages: published } : undefined,
  );
  const decisions = bothDecisions.filter((d) => d.meeting.slug === meeting.slug);
  const previousDecisions = bothDecisions.filter((d) => d.meeting.slug !== meeting.slug);

  const related = [
    ...meeting.relatedFrom.map((r) => ({ kind: r.kind, rows: [r.to] })),
    ...meeting.relatedTo.map((r) => ({ kind: r.kind, rows: [r.from] })),
  ].flatMap(({ kind, rows }) => toCards(rows, locale, cityOf).map((card) => ({ kind, meeting: card })));

  // The cache tags of every record this page shows. Other meetings (series,
  // related) come and go with their publication: those pages take the
  // meetings collection's tag.
  const structureIds = [
    meeting.hostStructure,
    meeting.organizerStructure,
    ...meeting.attendees.map((a) => a.structure),
  ].flatMap((s) => (s ? [s.id] : []));
  const shownRecords = [
    cacheTags.meeting(meeting.id),
    ...(decisions.length || previousDecisions.length ? [cacheTags.meetings, cacheTags.plans, cacheTags.news] : []),
    cacheTags.regions,
    ...structureIds.map((id) => cacheTags.structure(id)),
    ...meeting.attendees.flatMap((a) => (a.organization ? [cacheTags.organization(a.organization.id)] : [])),
    ...(meeting.series || meeting._count.relatedFrom || meeting._count.relatedTo ? [cacheTags.meetings] : []),
    ...(meeting.series ? [cacheTags.seriesRecord(meeting.series.id)] : []),
  ];

  const attendees = meeting.attendees.flatMap((a): PublicAttendee[] => {
    const organization = a.structure
      ? structureRef(a.structure, locale)
      : a.organization
        ? organizationRef(a.organization, locale)
        : null;
    return organization ? [{ id: a.id, role: a.role, organization, people: a.people }] : [];
  });

  return {
    id: meeting.id,
    shownRecords,
    slug: meeting.slug,
    kind: meeting.kind,
    status: meeting.status,
    number: meeting.number,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    /** Whether the meeting has started (the publication sweep refreshes the page when it does). */
    hasStarted: meeting.startsAt <= now,
    /** Upcoming, ongoing or past (the sweep refreshes the page when the meeting starts and when it ends). */
    phase: meeting.endsAt <= now ? "past" : meeting.startsAt <= now ? "ongoing" : ("upcoming" as MeetingPhase),
    timeZone: meeting.timeZone,
    format: meeting.format,
    join: joinLink(meeting, now),
    city: meeting.city,
    /** The city as the visitor's language names it (the gazetteer; English where it has no name). */
    cityName: cityOf(meeting.city, meeting.countryCode),
    countryCode: meeting.countryCode,
    updatedAt: meeting.updatedAt,
    text,
    /** The text of the page: the visitor's translation's, else the English one (its own `locale`). */
    body: body ? { source: body.body, locale: body.locale } : null,
    region: meeting.region
      ? {
          code: meeting.region.code,
          name: pickTranslation(meeting.region.translations, locale)?.name ?? meeting.region.code,
        }
      : null,
    series: meeting.series
      ? {
          slug: meeting.series.slug,
          name: pickTranslation(meeting.series.translations, locale)?.name ?? meeting.series.slug,
        }
      : null,
    host: meeting.hostStructure ? structureRef(meeting.hostStructure, locale) : null,
    organizer: meeting.organizerStructure ? structureRef(meeting.organizerStructure, locale) : null,
    ...toTimetable(meeting, attendees, locale, publishedOnly),
    outcomes: meeting.outcomes.flatMap((o) => {
      const t = pickTranslation(publishedOnly(o.translations), locale);
      return t ? [{ id: o.id, kind: o.kind, text: t.text, locale: t.locale }] : [];
    }),
    decisions,
    previousDecisions,
    documents: meeting.documents,
    attendees,
    related,
    seriesNeighbours,
    news: meeting.news.flatMap((n) => {
      const t = pickTranslation(n.translations, locale);
      return t ? [{ slug: n.slug, publishedAt: n.publishedAt, title: t.title, locale: t.locale }] : [];
    }),
  };
}

export type PublicMeeting = NonNullable<Awaited<ReturnType<typeof loadMeetingDetail>>>;

/**
 * A published meeting's page data, or null. The page is tagged with the
 * meeting and every record it shows (structures, organizations, related and
 * series meetings, news), linked or not yet public; a 404 with the meetings
 * collection, so publishing a meeting under that slug refreshes it.
 */
export async function getPublishedMeeting({ locale, slug }: { locale: AppLocale; slug: string }) {
  const meeting = await loadMeetingDetail({ slug, ...publicMeetingWhere() }, locale, "public");
  await tagRender(meeting ? meeting.shownRecords : [cacheTags.meetings]);
  return meeting;
}
