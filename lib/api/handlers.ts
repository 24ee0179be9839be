import "server-only";
// The open data API: each canonical view (lib/api/views.ts) answered from the
// public data functions, so the API shows exactly what the pages show (only
// published records, never named people) and its cached responses carry the
// same tags. Documents follow lib/api/schemas.ts.
import type { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { listApiMeetings } from "@/lib/data/api/list-api-meetings";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { getPublishedNews, listPublishedNews } from "@/lib/data/news";
import { cityNamer } from "@/lib/data/places";
import { getRegion, listRegions } from "@/lib/data/regions";
import { getPublicStructure, listPublicStructures, STRUCTURES_PAGE_SIZE } from "@/lib/data/structures";
import { PAGE_SIZE } from "@/lib/validation/public-filters";
import { structureKindParams } from "@/lib/validation/structure-filters";
import { kindToParam } from "@/lib/validation/meeting-filters";
import { absoluteUrl } from "@/lib/seo/metadata";
import { publicUrl } from "@/lib/config";
import type { StatusSummary } from "@/lib/content/plan-progress";
import { getPublishedPlan, listPublicPlans, PLANS_PAGE_SIZE } from "@/lib/data/plans/public-plans";
import type {
  meetingSchema,
  meetingSummarySchema,
  newsSchema,
  newsSummarySchema,
  planSchema,
  planSummarySchema,
  regionDetailSchema,
  regionSchema,
  structureSchema,
  structureSummarySchema,
} from "./schemas";
import { answerDecision, answerDecisions } from "./decision-handlers";
import { API_METHODS, problemMessage } from "./problems";
import { viewPath, type ApiProblem, type ApiView } from "./views";

type Json<T extends z.ZodTypeAny> = z.input<T>;
type Page = { page: number; pageSize: number; total: number; totalIsCapped: boolean; hasNext: boolean };

const lower = (value: string) => value.toLowerCase().replace(/_/g, "-");
const country = (code: string | null, locale: AppLocale) => (code ? { code, name: countryName(code, locale) } : null);

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      // Open data: any site may read it.
      "Access-Control-Allow-Origin": "*",
    },
  });
}

export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  const response = json({ error: { status, message } }, status);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The API's answer to a refused request (an impossible key, a bad parameter value). */
export function answerApiProblem(problem: ApiProblem): Response {
  return apiError(problem.status, problemMessage(problem));
}

/** POST, PUT, PATCH, DELETE, OPTIONS…: the API is read-only. */
export function methodNotAllowed(): Response {
  return apiError(405, `This address of the open data API answers ${API_METHODS} only.`, { Allow: API_METHODS });
}

function pageOf(view: ApiView, data: unknown[], locale: AppLocale, page: Page) {
  const at = (n: number) => {
    const query = { ...view.query };
    delete query.page;
    if (n > 1) query.page = String(n);
    return `${publicUrl()}${viewPath({ ...view, query })}`;
  };
  return {
    data,
    meta: { page: page.page, pageSize: page.pageSize, total: page.total, totalIsCapped: page.totalIsCapped, locale },
    links: {
      self: at(page.page),
      next: page.hasNext ? at(page.page + 1) : null,
      prev: page.page > 1 ? at(page.page - 1) : null,
    },
  };
}

async function meetings(view: ApiView, locale: AppLocale): Promise<Response> {
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
    series: m.series
      ? {
          slug: m.series.slug,
          name: m.series.name,
          url: absoluteUrl(locale, `/meetings/series/${m.series.slug}`),
          number: m.number,
        }
      : null,
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

async function meeting(slug: string, locale: AppLocale): Promise<Response> {
  const m = await getPublishedMeeting({ locale, slug });
  if (!m) return apiError(404, "No published meeting has this slug.");
  const city = await cityNamer(locale, { perRender: false });
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
    city: city(m.city, m.countryCode),
    country: country(m.countryCode?.trim() ?? null, locale),
    region: (m.region?.code.toLowerCase() ?? null) as "eur" | null,
    series: m.series
      ? {
          slug: m.series.slug,
          name: m.series.name,
          url: absoluteUrl(locale, `/meetings/series/${m.series.slug}`),
          number: m.number,
        }
      : null,
    body: m.text.body,
    venue: m.text.venue,
    host: ref(m.host),
    organizer: ref(m.organizer),
    agenda: m.agenda.map((item) => ({
      startsAt: item.startsAt?.toISOString() ?? null,
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

type StructureRow = {
  slug: string;
  kind: string;
  status: string;
  name: string;
  hostAdministration: string;
  contentLocale: AppLocale;
  regionCode: string;
  city: string;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
};

function structureSummary(
  s: StructureRow,
  locale: AppLocale,
  city: Awaited<ReturnType<typeof cityNamer>>,
): Json<typeof structureSummarySchema> {
  return {
    slug: s.slug,
    url: absoluteUrl(locale, `/structures/${s.slug}`),
    kind: lower(s.kind) as "rtc",
    status: s.status === "ACTIVE" ? "active" : "inactive",
    name: s.name,
    hostAdministration: s.hostAdministration,
    language: s.contentLocale,
    region: s.regionCode.toLowerCase() as "eur",
    city: city(s.city, s.countryCode),
    country: country(s.countryCode, locale),
    latitude: s.latitude,
    longitude: s.longitude,
  };
}

async function structures(view: ApiView, locale: AppLocale): Promise<Response> {
  const page = Number(view.query.page ?? 1);
  const kind = view.query.kind ? structureKindParams[view.query.kind as keyof typeof structureKindParams] : undefined;
  const result = await listPublicStructures({ locale, region: view.query.region, kind, page });
  const city = await cityNamer(locale, { perRender: false });
  const data = result.items.map((s) => structureSummary(s, locale, city));
  // A page past the last one is empty, with a prev link.
  const shown = result.page === page ? data : [];
  return json(
    pageOf(view, shown, locale, {
      page,
      pageSize: STRUCTURES_PAGE_SIZE,
      total: result.total,
      totalIsCapped: false,
      hasNext: page < result.pageCount,
    }),
  );
}

async function structure(slug: string, locale: AppLocale): Promise<Response> {
  const s = await getPublicStructure({ locale, slug });
  if (!s) return apiError(404, "No published structure has this slug.");
  const city = await cityNamer(locale, { perRender: false });
  const data: Json<typeof structureSchema> = {
    ...structureSummary(s, locale, city),
    description: s.description,
    mandate: s.mandate,
    establishedOn: s.establishedOn ? s.establishedOn.toISOString().slice(0, 10) : null,
    address: s.address,
    email: s.email,
    phone: s.phone,
    website: s.website,
  };
  return json({ data, meta: { locale } });
}

async function regions(view: ApiView, locale: AppLocale): Promise<Response> {
  const rows = await listRegions({ locale });
  const data: Json<typeof regionSchema>[] = rows.map((r) => ({
    code: r.code.toLowerCase() as "eur",
    name: r.name,
    url: absoluteUrl(locale, `/regions/${r.code.toLowerCase()}`),
    structureCount: r.structureCount,
    countryCount: r.countryCount,
  }));
  return json(
    pageOf(view, data, locale, {
      page: 1,
      pageSize: data.length,
      total: data.length,
      totalIsCapped: false,
      hasNext: false,
    }),
  );
}

async function region(code: string, locale: AppLocale): Promise<Response> {
  const r = await getRegion({ locale, code });
  if (!r) return apiError(404, "No region has this code.");
  const data: Json<typeof regionDetailSchema> = {
    code: r.code.toLowerCase() as "eur",
    name: r.name,
    url: absoluteUrl(locale, `/regions/${r.code.toLowerCase()}`),
    structureCount: r.structures.length,
    countryCount: r.countryCodes.length,
    description: r.description,
    language: r.contentLocale,
    countries: r.countryCodes.map((c) => ({ code: c, name: countryName(c, locale) })),
  };
  return json({ data, meta: { locale } });
}

async function news(view: ApiView, locale: AppLocale): Promise<Response> {
  const page = Number(view.query.page ?? 1);
  const result = await listPublishedNews({ locale, page, region: view.query.region, topic: view.query.topic });
  const data: Json<typeof newsSummarySchema>[] = result.items.map((n) => ({
    slug: n.slug,
    url: absoluteUrl(locale, `/news/${n.slug}`),
    title: n.title,
    excerpt: n.excerpt,
    language: n.contentLocale,
    publishedAt: n.publishedAt?.toISOString() ?? null,
    topics: n.topics.map((t) => t.slug),
  }));
  return json(
    pageOf(view, data, locale, {
      page,
      pageSize: PAGE_SIZE,
      total: result.total,
      totalIsCapped: false,
      hasNext: page < result.pageCount,
    }),
  );
}

async function newsArticle(slug: string, locale: AppLocale): Promise<Response> {
  const n = await getPublishedNews({ locale, slug });
  if (!n) return apiError(404, "No published article has this slug.");
  const data: Json<typeof newsSchema> = {
    slug: n.slug,
    url: absoluteUrl(locale, `/news/${n.slug}`),
    title: n.title,
    excerpt: n.excerpt,
    language: n.contentLocale,
    publishedAt: n.publishedAt?.toISOString() ?? null,
    topics: n.topics.map((t) => t.slug),
    body: n.body,
    region: (n.region?.code.toLowerCase() ?? null) as "eur" | null,
    meeting: n.meeting ? { slug: n.meeting.slug, url: absoluteUrl(locale, `/meetings/${n.meeting.slug}`) } : null,
  };
  return json({ data, meta: { locale } });
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const statusParam = (status: string) => lower(status) as "in-progress";

function completion(summary: StatusSummary): Json<typeof planSummarySchema>["completion"] {
  return {
    total: summary.total,
    counted: summary.counted,
    done: summary.done,
    byStatus: Object.fromEntries(
      Object.entries(summary.byStatus).map(([status, n]) => [statusParam(status), n]),
    ) as Json<typeof planSummarySchema>["completion"]["byStatus"],
    completion: summary.completion,
  };
}

const planPath = (plan: { regionCode: string; slug: string }) =>
  `/regions/${plan.regionCode.toLowerCase()}/plans/${plan.slug}`;

type PlanRow = {
  slug: string;
  regionCode: string;
  title: string;
  textLocale: AppLocale;
  periodStart: Date;
  periodEnd: Date;
};

function planSummary(p: PlanRow, summary: StatusSummary, locale: AppLocale): Json<typeof planSummarySchema> {
  return {
    slug: p.slug,
    url: absoluteUrl(locale, planPath(p)),
    region: p.regionCode.toLowerCase() as "eur",
    title: p.title,
    language: p.textLocale,
    periodStart: isoDay(p.periodStart),
    periodEnd: isoDay(p.periodEnd),
    completion: completion(summary),
  };
}

async function plans(view: ApiView, locale: AppLocale): Promise<Response> {
  const page = Number(view.query.page ?? 1);
  const result = await listPublicPlans({ locale, region: view.query.region, page });
  const data = result.items.map((p) => planSummary({ ...p, textLocale: p.titleLocale }, p.summary, locale));
  return json(
    pageOf(view, data, locale, {
      page,
      pageSize: PLANS_PAGE_SIZE,
      total: result.total,
      totalIsCapped: false,
      hasNext: page * PLANS_PAGE_SIZE < result.total,
    }),
  );
}

async function plan(slug: string, locale: AppLocale): Promise<Response> {
  const p = await getPublishedPlan({ locale, slug });
  if (!p) return apiError(404, "No adopted or closed plan has this slug.");
  const data: Json<typeof planSchema> = {
    ...planSummary(p, p.overall, locale),
    status: p.status === "CLOSED" ? "closed" : "adopted",
    summary: p.summary,
    csv: absoluteUrl(locale, `${planPath(p)}/export.csv`),
    adoptedAt: p.meeting
      ? {
          slug: p.meeting.slug,
          title: p.meeting.title,
          url: absoluteUrl(locale, `/meetings/${p.meeting.slug}`),
          startsAt: p.meeting.startsAt.toISOString(),
        }
      : null,
    decision: p.decision ? { text: p.decision.text, language: p.decision.locale } : null,
    activities: p.groups.flatMap((group) =>
      group.activities.map((a) => ({
        title: a.title,
        description: a.description,
        language: a.textLocale,
        status: statusParam(a.status),
        structure: {
          slug: a.structure.slug,
          name: a.structure.name,
          language: a.structure.nameLocale,
          url: absoluteUrl(locale, `/structures/${a.structure.slug}`),
        },
        partners: a.partners.map((partner) => ({ name: partner.name, language: partner.nameLocale })),
        plannedStart: isoDay(a.plannedStart),
        plannedEnd: isoDay(a.plannedEnd),
        actualStart: a.actualStart ? isoDay(a.actualStart) : null,
        actualEnd: a.actualEnd ? isoDay(a.actualEnd) : null,
        indicators: a.indicators.map((i) => ({
          name: i.name,
          language: i.nameLocale,
          unit: i.unit,
          target: i.target,
          accepted: i.accepted,
          ratio: i.ratio,
        })),
      })),
    ),
  };
  return json({ data, meta: { locale } });
}

export async function answerApiView(view: ApiView): Promise<Response> {
  const locale = (view.query.locale ?? "en") as AppLocale;
  switch (view.resource) {
    case "meetings":
      return view.key ? meeting(view.key, locale) : meetings(view, locale);
    case "structures":
      return view.key ? structure(view.key, locale) : structures(view, locale);
    case "regions":
      return view.key ? region(view.key, locale) : regions(view, locale);
    case "news":
      return view.key ? newsArticle(view.key, locale) : news(view, locale);
    case "plans":
      return view.key ? plan(view.key, locale) : plans(view, locale);
    case "decisions": {
      const answer = { json, pageOf: (data: unknown[], page: Page) => pageOf(view, data, locale, page) };
      return view.key
        ? answerDecision(view.key, locale, answer, () =>
            apiError(404, "No decision of a published meeting has this identifier."),
          )
        : answerDecisions(view, locale, answer);
    }
  }
}
