import "server-only";
import { prisma } from "@/lib/db/client";
import { can, meetingWhere, type Actor } from "@/lib/auth/permissions";
import { staffTitle } from "@/lib/content/translation-states";
import type { AppLocale } from "@/i18n/routing";
import { meetingPermissionScope } from "./claim-meeting";
import { meetingRowFields } from "./select-meeting";
import { readCityNames } from "@/lib/data/gazetteer/write-city-names";

// What the details and related-meetings tabs of the meeting editor read,
// always inside the actor's scope (a meeting out of scope reads as absent),
// drafts and every translation included. The header of every tab comes from
// findMeetingForStaff (meeting-access.ts).

/** The details form: every field and every translation (one query), and the city's names in the other languages. */
export async function getMeetingForEdit({ actor, id }: { actor: Actor; id: string }) {
  const row = await prisma.meeting.findFirst({
    where: { AND: [{ id }, meetingWhere(actor, "meeting.update")] },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      kind: true,
      seriesId: true,
      number: true,
      format: true,
      joinUrl: true,
      joinUrlFromStartDay: true,
      city: true,
      countryCode: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      publishAt: true,
      publishedAt: true,
      regionId: true,
      hostStructureId: true,
      organizerStructureId: true,
      translations: {
        select: { locale: true, status: true, title: true, summary: true, body: true, venue: true, publishedAt: true },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    // From the gazetteer the public pages use.
    cityNames: await readCityNames(row.countryCode?.trim() ?? null, row.city),
    /** A draft may be deleted (from its confirmation page) by whoever may delete the region's meetings. */
    mayDelete: row.status === "DRAFT" && can(actor, "meeting.delete", meetingPermissionScope(row)),
  };
}

export type MeetingForEdit = NonNullable<Awaited<ReturnType<typeof getMeetingForEdit>>>;

const otherMeetingSelect = {
  ...meetingRowFields,
  regionId: true,
  hostStructureId: true,
  organizerStructureId: true,
  translations: { select: { locale: true, title: true } },
} as const;

type OtherRow = {
  id: string;
  slug: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  regionId: string | null;
  hostStructureId: string | null;
  organizerStructureId: string | null;
  translations: { locale: string; title: string }[];
};

function other(
  actor: Actor,
  { translations, regionId, hostStructureId, organizerStructureId, ...row }: OtherRow,
  locale: AppLocale,
) {
  // A link shows on both meetings' pages: only someone who may edit the other one may change it.
  const mayChange = can(
    actor,
    "meeting.update",
    meetingPermissionScope({ regionId, hostStructureId, organizerStructureId }),
  );
  return { ...row, ...staffTitle(translations, locale, row.slug), mayChange };
}

/** The meeting's links in both directions, and the meetings a search finds to link to (two queries with a search). */
export async function getMeetingRelations({
  actor,
  id,
  locale,
  q,
}: {
  actor: Actor;
  id: string;
  locale: AppLocale;
  q?: string;
}) {
  const [row, candidates] = await Promise.all([
    prisma.meeting.findFirst({
      relationLoadStrategy: "join",
      where: { AND: [{ id }, meetingWhere(actor, "meeting.update")] },
      select: {
        id: true,
        relatedFrom: { select: { kind: true, to: { select: otherMeetingSelect } } },
        relatedTo: { select: { kind: true, from: { select: otherMeetingSelect } } },
      },
    }),
    q ? searchLinkableMeetings({ actor, id, q }) : Promise.resolve([]),
  ]);
  if (!row) return null;
  const links = [
    ...row.relatedFrom.map((r) => ({ kind: r.kind, meeting: other(actor, r.to, locale) })),
    ...row.relatedTo.map((r) => ({ kind: r.kind, meeting: other(actor, r.from, locale) })),
  ].sort((a, b) => b.meeting.startsAt.getTime() - a.meeting.startsAt.getTime());
  return { links, candidates: candidates.map((c) => other(actor, c, locale)) };
}

/** Meetings the actor may edit (a link changes both pages), by title or slug, not yet linked. */
function searchLinkableMeetings({ actor, id, q }: { actor: Actor; id: string; q: string }) {
  return prisma.meeting.findMany({
    relationLoadStrategy: "join",
    where: {
      AND: [
        { id: { not: id } },
        meetingWhere(actor, "meeting.update"),
        {
          OR: [
            { slug: { contains: q.toLowerCase() } },
            { translations: { some: { title: { contains: q, mode: "insensitive" } } } },
          ],
        },
        {
          NOT: { OR: [{ relatedFrom: { some: { toMeetingId: id } } }, { relatedTo: { some: { fromMeetingId: id } } }] },
        },
      ],
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 10,
    select: otherMeetingSelect,
  });
}
