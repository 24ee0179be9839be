import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo/metadata";
import { publicUrl } from "@/lib/config";
import { listApiMeetings } from "@/lib/data/api/list-api-meetings";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { cityNamer } from "@/lib/data/gazetteer/name-places";
import { kindToParam } from "@/lib/validation/meeting-filters";
import type { meetingSchema, meetingSummarySchema } from "./schemas";
import { apiError, country, json, lower, pageOf, type Json } from "./responses";
import type { ApiView } from "./views";

/** A meeting's series in a document: its name, page and the meeting's number in it. */
function seriesOf(series: { slug: string; name: string } | null, number: number | null, locale: AppLocale) {
  return series
    ? { slug: series.slug, name: series.name, url: absoluteUrl(locale, `/meetings/series/${series.slug}`), number }
    : null;
}

/** GET /api/v1/meetings: published meetings, filtered, one page. */
export async function answerMeetings(view: ApiView, locale: AppLocale): Promise<Response> {
  const q = view.query;
  const page = Number(q.page ?? 1);
  const pageSize = Number(q.pageSize ?? 50);
  const result = await listApiMeetings({
    locale,
    filters: { region: q.region, structure: q.structure, series: q.series, kind: q.kind, from: q.from, to: q.to },
    page,
    pageSize,
  });
  const city = await cityNamer(locale, { perRender: false });
  const data: Json<typeof meetingSummarySchema>[] = result.items.map((m) => ({
    slug: m.slug,
    url: absoluteUrl(locale, `/meetings/${m.slug}`),
    kind: kindToParam(m.kind),
    format: lower(m.format) as "in-person",
    status: m.status === "ARCHIVED" ? "archived" : "published",
    title: m.title,
    summary: m.summary,
    language: m.contentLocale,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    city: city(m.city, m.countryCode),
    country: country(m.countryCode, locale),
    region: (m.regionCode?.toLowerCase() ?? null) as "eur" | null,
    series: seriesOf(m.series, m.number, locale),
  }));
  return json(
    pageOf(view, data, locale, {
      page,
      pageSize,
      total: result.total,
      totalIsCapped: result.totalIsCapped,
      hasNext: result.hasNext,
    }),
  );
}

/** GET /api/v1/meetings/{slug}: a published meeting. */
export async function answerMeeting(slug: string, locale: AppLocale): Promise<Response> {
  const m = await getPublishedMeeting({ locale, slug });
  if (!m) return apiError(404, "No published meeting has this slug.");
  const ref = (org: { slug: string; name: string; href: string | null } | null) =>
    org
      ? { slug: org.slug, name: org.name, url: org.href ? absoluteUrl(locale, org.href) : absoluteUrl(locale, "/") }
      : null;
  const data: Json<typeof meetingSchema> = {
    slug: m.slug,
    url: absoluteUrl(locale, `/meetings/${m.slug}`),
    kind: kindToParam(m.kind),
    format: lower(m.format) as "in-person",
    status: m.status === "ARCHIVED" ? "archived" : "published",
    title: m.text.title,
    summary: m.text.summary,
    language: m.text.locale,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    city: m.cityName,
    country: country(m.countryCode?.trim() ?? null, locale),
    region: (m.region?.code.toLowerCase() ?? null) as "eur" | null,
    series: seriesOf(m.series, m.number, locale),
    body: m.text.body,
    venue: m.text.venue,
    host: ref(m.host),
    organizer: ref(m.organizer),
    agenda: m.agenda.map((item) => ({
      startsAt: item.startsAt?.toISOString() ?? null,
      endsAt: item.endsAt?.toISOString() ?? null,
      title: item.title,
      description: item.description,
      language: item.locale,
    })),
    outcomes: m.outcomes.map((o) => ({
      kind: o.kind === "DECISION" ? "decision" : "outcome",
      text: o.text,
      language: o.locale,
    })),
    attendees: m.attendees.map((a) => ({
      role: lower(a.role) as "host",
      organization: { ...ref(a.organization)!, type: a.organization.kind },
    })),
    documents: m.documents.map((d) => ({
      title: d.title,
      language: d.language,
      mimeType: d.mimeType,
      sizeBytes: d.sizeBytes,
      url: `${publicUrl()}/api/documents/${d.id}`,
    })),
    related: m.related.map((r) => ({
      relation: lower(r.kind) as "related",
      slug: r.meeting.slug,
      url: absoluteUrl(locale, `/meetings/${r.meeting.slug}`),
    })),
  };
  return json({ data, meta: { locale } });
}
