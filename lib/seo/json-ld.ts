import "server-only";
// schema.org descriptions of the public pages (JSON-LD), typed with
// schema-dts: Event for meetings (with eventAttendanceMode and eventStatus),
// NewsArticle for news, GovernmentOrganization for the regional structures
// and the organizations that attend meetings, and for the register of
// decisions an ItemList of CreativeWork: schema.org has no type for a
// meeting's decision (Legislation is law, which these are not); a decision
// is the text a meeting adopted (recordedAt that Event), with its follow-up
// status as creativeWorkStatus.
import type {
  CreativeWork,
  Event,
  GovernmentOrganization,
  ItemList,
  ListItem,
  NewsArticle,
  Organization,
  Place,
  VirtualLocation,
  WithContext,
} from "schema-dts";
import type { AppLocale } from "@/i18n/routing";
import { countryName, isoDateTimeInZone } from "@/lib/content/format";
import type { PublicDecision } from "@/lib/data/decisions/list-public-decisions";
import type { PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import type { NewsArticleDetail } from "@/lib/data/news/get-news";
import type { PublicOrganization } from "@/lib/data/organizations/get-public-organization";
import type { StructureProfile } from "@/lib/data/structures/get-public-structure";
import { absoluteUrl } from "./metadata";

const attendanceModes = {
  IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
  VIRTUAL: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

export function meetingJsonLd(meeting: PublicMeeting, locale: AppLocale, names: { city: string }): WithContext<Event> {
  const url = absoluteUrl(locale, `/meetings/${meeting.slug}`);
  const place: Place | null =
    meeting.format !== "VIRTUAL" && (names.city || meeting.countryCode)
      ? {
          "@type": "Place",
          name: meeting.text.venue || names.city || countryName(meeting.countryCode, locale),
          address: {
            "@type": "PostalAddress",
            ...(names.city ? { addressLocality: names.city } : {}),
            ...(meeting.countryCode ? { addressCountry: meeting.countryCode } : {}),
          },
        }
      : null;
  const online: VirtualLocation | null = meeting.format !== "IN_PERSON" ? { "@type": "VirtualLocation", url } : null;
  const location: (Place | VirtualLocation)[] = [];
  if (place) location.push(place);
  if (online) location.push(online);
  const organizer = meeting.organizer ?? meeting.host;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meeting.text.title,
    ...(meeting.text.summary ? { description: meeting.text.summary } : {}),
    // The venue's wall-clock time with its offset, as search engines show it.
    startDate: isoDateTimeInZone(meeting.startsAt, meeting.timeZone),
    endDate: isoDateTimeInZone(meeting.endsAt, meeting.timeZone),
    eventAttendanceMode: attendanceModes[meeting.format as keyof typeof attendanceModes] ?? attendanceModes.IN_PERSON,
    eventStatus: "https://schema.org/EventScheduled",
    ...(location.length ? { location: location.length === 1 ? location[0] : location } : {}),
    ...(organizer
      ? {
          organizer: {
            "@type": "Organization",
            name: organizer.name,
            ...(organizer.href ? { url: absoluteUrl(locale, organizer.href) } : {}),
          },
        }
      : {}),
    ...(meeting.series
      ? {
          superEvent: {
            "@type": "EventSeries",
            name: meeting.series.name,
            url: absoluteUrl(locale, `/meetings/series/${meeting.series.slug}`),
          },
        }
      : {}),
    inLanguage: meeting.text.locale,
    url,
  };
}

export function newsJsonLd(article: NewsArticleDetail, locale: AppLocale, publisher: string): WithContext<NewsArticle> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.excerpt ? { description: article.excerpt } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    inLanguage: article.contentLocale,
    url: absoluteUrl(locale, `/news/${article.slug}`),
    mainEntityOfPage: absoluteUrl(locale, `/news/${article.slug}`),
    publisher: { "@type": "Organization", name: publisher, url: absoluteUrl(locale, "/") },
    ...(article.meeting
      ? {
          about: {
            "@type": "Event",
            name: article.meeting.title,
            startDate: article.meeting.startsAt.toISOString(),
            url: absoluteUrl(locale, `/meetings/${article.meeting.slug}`),
          },
        }
      : {}),
  };
}

export function structureJsonLd(
  structure: StructureProfile,
  locale: AppLocale,
  names: { city: string },
): WithContext<GovernmentOrganization> {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    name: structure.name,
    url: absoluteUrl(locale, `/structures/${structure.slug}`),
    ...(structure.website ? { sameAs: structure.website } : {}),
    ...(structure.email ? { email: structure.email } : {}),
    ...(structure.phone ? { telephone: structure.phone } : {}),
    ...(structure.establishedOn ? { foundingDate: structure.establishedOn.toISOString().slice(0, 10) } : {}),
    address: {
      "@type": "PostalAddress",
      addressLocality: names.city,
      addressCountry: structure.countryCode,
      ...(structure.address ? { streetAddress: structure.address } : {}),
    },
    ...(structure.hostAdministration
      ? { parentOrganization: { "@type": "GovernmentOrganization", name: structure.hostAdministration } }
      : {}),
    ...(structure.latitude !== null && structure.longitude !== null
      ? {
          location: {
            "@type": "Place",
            geo: { "@type": "GeoCoordinates", latitude: structure.latitude, longitude: structure.longitude },
          },
        }
      : {}),
  };
}

export function organizationJsonLd(organization: PublicOrganization, locale: AppLocale): WithContext<Organization> {
  const base = {
    name: organization.name,
    url: absoluteUrl(locale, `/organizations/${organization.slug}`),
    ...(organization.website ? { sameAs: organization.website } : {}),
    ...(organization.countryCode
      ? { address: { "@type": "PostalAddress" as const, addressCountry: organization.countryCode } }
      : {}),
  };
  // Member administrations and the WCO Secretariat are governmental; partners may not be.
  return organization.kind === "PARTNER" || organization.kind === "OTHER"
    ? { "@context": "https://schema.org", "@type": "Organization", ...base }
    : { "@context": "https://schema.org", "@type": "GovernmentOrganization", ...base };
}

/** A page of the register of decisions: each decision a CreativeWork recorded at its meeting. */
export function decisionsJsonLd(
  decisions: PublicDecision[],
  locale: AppLocale,
  {
    name,
    statusName,
    offset,
  }: { name: string; statusName: (status: PublicDecision["status"]) => string; offset: number },
): WithContext<ItemList> {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name,
    url: absoluteUrl(locale, "/decisions"),
    itemListElement: decisions.map((d, index) => {
      const meetingUrl = absoluteUrl(locale, `/meetings/${d.meeting.slug}`);
      const work: CreativeWork = {
        "@type": "CreativeWork",
        ...(d.text ? { text: d.text.text, inLanguage: d.text.locale } : {}),
        url: `${meetingUrl}#decision-${d.id}`,
        // The day the meeting opened, where it was held (en-CA writes dates as YYYY-MM-DD).
        dateCreated: new Intl.DateTimeFormat("en-CA", { timeZone: d.meeting.timeZone }).format(d.meeting.startsAt),
        creativeWorkStatus: statusName(d.status),
        recordedAt: {
          "@type": "Event",
          name: d.meeting.title?.title ?? d.meeting.slug,
          startDate: isoDateTimeInZone(d.meeting.startsAt, d.meeting.timeZone),
          endDate: isoDateTimeInZone(d.meeting.endsAt, d.meeting.timeZone),
          url: meetingUrl,
        },
      };
      const listItem: ListItem = { "@type": "ListItem", position: offset + index + 1, item: work };
      return listItem;
    }),
  };
}
