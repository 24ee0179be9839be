import "server-only";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere } from "../visibility";
import { cardSelect, toCards, type MeetingCard } from "../meetings/select-card";
import { cityNamer } from "../gazetteer/name-places";
import { organizationFieldsSelect } from "./select-organization";

/** An organization page lists its latest meetings. */
export const ORGANIZATION_MEETINGS_LIMIT = 100;

export type PublicOrganization = {
  id: string;
  slug: string;
  kind: "MEMBER_ADMINISTRATION" | "WCO_SECRETARIAT" | "PARTNER" | "OTHER";
  name: string;
  nameLocale: AppLocale;
  isFallback: boolean;
  countryCode: string | null;
  website: string;
  /** Published meetings it attended, the latest first, with its roles there. Never its people. */
  meetings: { meeting: MeetingCard; roles: string[] }[];
  /** How many published meetings it attended in each role. */
  roleCounts: Record<string, number>;
};

/**
 * A partner, donor, administration or the WCO Secretariat, with the published
 * meetings it attended and in which role (two queries); null when no
 * published meeting shows it. Named people are not
 * even read. Tagged with the organization and the meetings collection: a
 * meeting published later, or a new attendance, refreshes the page.
 */
export async function getPublicOrganization({
  locale,
  slug,
}: {
  locale: AppLocale;
  slug: string;
}): Promise<PublicOrganization | null> {
  const organization = await prisma.organization.findUnique({
    where: { slug },
    select: {
      ...organizationFieldsSelect,
      translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } },
    },
  });
  if (!organization) {
    await tagRender([cacheTags.meetings, cacheTags.organizations]);
    return null;
  }
  await tagRender([cacheTags.organization(organization.id), cacheTags.organizations, cacheTags.meetings]);
  // Meetings first, newest first along the (startsAt, id) index, with the
  // organization's attendance as a semi-join: PostgreSQL stops after a page
  // for an organization at thousands of meetings (the WCO Secretariat), and
  // starts from the attendee index for one at a few.
  const [rows, cityOf] = await Promise.all([
    prisma.meeting.findMany({
      where: { ...publicMeetingWhere(), attendees: { some: { organizationId: organization.id } } },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: ORGANIZATION_MEETINGS_LIMIT,
      select: {
        ...cardSelect(locale),
        attendees: { where: { organizationId: organization.id }, select: { role: true } },
      },
    }),
    cityNamer(locale),
  ]);
  // An organization page exists only while a published meeting shows the
  // organization (one created from an attendee form of a draft, or whose
  // meetings were all withdrawn, has none). Tagged with the meetings, so a
  // publish brings it back.
  if (!rows.length) return null;
  const attendances = rows.flatMap(({ attendees, ...meeting }) => attendees.map((a) => ({ role: a.role, meeting })));
  const name = pickTranslation(organization.translations, locale);
  if (!name) return null;
  const byMeeting = new Map<string, { meeting: MeetingCard; roles: string[] }>();
  for (const attendance of attendances) {
    const [card] = toCards([attendance.meeting], locale, cityOf);
    if (!card) continue;
    const entry = byMeeting.get(card.id) ?? { meeting: card, roles: [] };
    if (!entry.roles.includes(attendance.role)) entry.roles.push(attendance.role);
    byMeeting.set(card.id, entry);
  }
  const meetings = [...byMeeting.values()].slice(0, ORGANIZATION_MEETINGS_LIMIT);
  const roleCounts: Record<string, number> = {};
  for (const { roles } of meetings) for (const role of roles) roleCounts[role] = (roleCounts[role] ?? 0) + 1;
  return {
    id: organization.id,
    slug: organization.slug,
    kind: organization.kind,
    name: name.name,
    nameLocale: name.locale,
    isFallback: name.isFallback,
    countryCode: organization.countryCode?.trim() ?? null,
    website: organization.website,
    meetings,
    roleCounts,
  };
}
