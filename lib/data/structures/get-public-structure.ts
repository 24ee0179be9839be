import "server-only";
import { prisma } from "@/lib/db/client";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import type { Prisma } from "@/lib/db/generated/client";
import { publicMeetingWhere, publicStructureWhere, publishedTranslations } from "../visibility";
import type { StructureCard } from "./select-structure-card";
import { cardSelect, toCards, type MeetingCard } from "../meetings/select-card";
import { structureProfileFields, structureTextSelect } from "./select-structure";
import { cityNamer } from "../gazetteer/name-places";

/** Each meeting list of a profile shows the latest meetings only. */
export const PROFILE_MEETINGS_LIMIT = 10;

export type StructureHistoryItem = {
  id: string;
  kind: "ESTABLISHED" | "VICE_CHAIR_TERM" | "RELOCATION" | "HEAD_CHANGE" | "OTHER";
  startsOn: Date;
  endsOn: Date | null;
  countryCode: string | null;
  city: string | null;
  /** The city as the visitor's language names it. */
  cityName: string;
  summary: string;
  contentLocale: AppLocale | null;
};

export type StructureProfile = StructureCard & {
  regionName: string;
  regionLocale: AppLocale;
  establishedOn: Date | null;
  address: string;
  email: string;
  phone: string;
  website: string;
  headName: string;
  headTitle: string;
  logoKey: string | null;
  description: string;
  mandate: string;
  history: StructureHistoryItem[];
  meetings: { hosted: MeetingCard[]; organized: MeetingCard[]; attended: MeetingCard[] };
};

// Which meetings belong in which list. A structure counts as host or
// organizer through the meeting's own field or through an attendee row with
// that role; "attended" is every other meeting with an attendee row for it.
function meetingListWheres(structureId: string, now: Date) {
  const hostedBy: Prisma.MeetingWhereInput = {
    OR: [{ hostStructureId: structureId }, { attendees: { some: { structureId, role: "HOST" } } }],
  };
  const organizedBy: Prisma.MeetingWhereInput = {
    OR: [{ organizerStructureId: structureId }, { attendees: { some: { structureId, role: "ORGANIZER" } } }],
  };
  // Written without NOT on nullable columns, which would also drop meetings whose column is null.
  const attendedOnly: Prisma.MeetingWhereInput = {
    attendees: { some: { structureId }, none: { structureId, role: { in: ["HOST", "ORGANIZER"] } } },
    AND: [
      { OR: [{ hostStructureId: null }, { hostStructureId: { not: structureId } }] },
      { OR: [{ organizerStructureId: null }, { organizerStructureId: { not: structureId } }] },
    ],
  };
  const visible = publicMeetingWhere(now);
  return {
    hosted: { AND: [visible, hostedBy] },
    organized: { AND: [visible, organizedBy] },
    attended: { AND: [visible, attendedOnly] },
  };
}

/** One structure's public profile by id: a fixed number of queries, run in parallel. */
async function loadStructureProfile({
  locale,
  id,
}: {
  locale: AppLocale;
  id: string;
}): Promise<StructureProfile | null> {
  const now = new Date();
  const wheres = meetingListWheres(id, now);
  const meetingList = (where: Prisma.MeetingWhereInput) =>
    prisma.meeting.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: PROFILE_MEETINGS_LIMIT,
      select: cardSelect(locale),
    });
  const [row, hosted, organized, attended, cityOf] = await Promise.all([
    prisma.structure.findFirst({
      where: { id, ...publicStructureWhere() },
      select: {
        ...structureProfileFields,
        region: {
          select: {
            code: true,
            translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } },
          },
        },
        translations: {
          ...publishedTranslations(locale),
          select: structureTextSelect,
        },
        history: {
          orderBy: [{ startsOn: "asc" }, { id: "asc" }],
          select: {
            id: true,
            kind: true,
            startsOn: true,
            endsOn: true,
            countryCode: true,
            city: true,
            translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, summary: true } },
          },
        },
      },
    }),
    meetingList(wheres.hosted),
    meetingList(wheres.organized),
    meetingList(wheres.attended),
    cityNamer(locale),
  ]);
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  if (!text) return null;
  const regionText = pickTranslation(row.region.translations, locale);
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    regionCode: row.region.code,
    regionName: regionText?.name ?? row.region.code,
    regionLocale: regionText?.locale ?? locale,
    city: row.city,
    cityName: cityOf(row.city, row.countryCode),
    countryCode: row.countryCode.trim(),
    latitude: row.latitude,
    longitude: row.longitude,
    establishedOn: row.establishedOn,
    address: row.address,
    email: row.email,
    phone: row.phone,
    website: row.website,
    headName: row.headName,
    logoKey: row.logoKey,
    name: text.name,
    hostAdministration: text.hostAdministration,
    headTitle: text.headTitle,
    description: text.description,
    mandate: text.mandate,
    contentLocale: text.locale,
    isFallback: text.isFallback,
    history: row.history.map(({ translations, ...entry }) => {
      const summary = pickTranslation(translations, locale);
      return {
        ...entry,
        countryCode: entry.countryCode?.trim() ?? null,
        cityName: cityOf(entry.city, entry.countryCode),
        summary: summary?.summary ?? "",
        contentLocale: summary?.locale ?? null,
      };
    }),
    meetings: {
      hosted: toCards(hosted, locale, cityOf),
      organized: toCards(organized, locale, cityOf),
      attended: toCards(attended, locale, cityOf),
    },
  };
}

/** The id behind a slug, or null: the profile's queries and tag need it. */
async function findStructureId(slug: string): Promise<string | null> {
  const row = await prisma.structure.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

/**
 * A published structure with its history and the published meetings it
 * hosted, organized and attended; null for an unknown or unpublished slug.
 * Tags the page with the structure's own tag and the meetings tag, so editing
 * the structure or publishing a meeting refreshes it.
 */
export async function getPublicStructure({
  locale,
  slug,
}: {
  locale: AppLocale;
  slug: string;
}): Promise<StructureProfile | null> {
  const id = await findStructureId(slug);
  if (!id) return null;
  await tagRender([cacheTags.structure(id), cacheTags.meetings, cacheTags.regions]);
  return loadStructureProfile({ locale, id });
}
