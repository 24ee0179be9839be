import "server-only";
import type { AppLocale } from "@/i18n/routing";
import {
  getPublicDecision,
  listPublicDecisions,
  type PublicDecision,
} from "@/lib/data/decisions/list-public-decisions";
import { absoluteUrl } from "@/lib/seo/metadata";
import { parseDecisionFilters } from "@/lib/validation/decision-filters";
import type { decisionSchema } from "./schemas";
import { apiError, json, pageOf, type Json as JsonOf } from "./responses";
import type { ApiView } from "./views";

// The register of decisions in the open data API: /api/v1/decisions (the
// register's filters) and /api/v1/decisions/{id}. Same data as the page.

type Json = JsonOf<typeof decisionSchema>;

const param = (value: string) => value.toLowerCase().replace(/_/g, "-") as never;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function decisionJson(d: PublicDecision, locale: AppLocale): Json {
  return {
    id: d.id,
    text: d.text?.text ?? "",
    language: d.text?.locale ?? "en",
    kind: param(d.kind),
    status: param(d.status),
    dueOn: d.dueOn ? isoDay(d.dueOn) : null,
    history: d.history.map((h) => ({ status: param(h.status), changedAt: h.changedAt.toISOString() })),
    meeting: {
      slug: d.meeting.slug,
      title: d.meeting.title?.title ?? d.meeting.slug,
      url: absoluteUrl(locale, `/meetings/${d.meeting.slug}`),
      startsAt: d.meeting.startsAt.toISOString(),
    },
    responsible: d.responsible.map((s) => ({
      slug: s.slug,
      name: s.name,
      url: absoluteUrl(locale, `/structures/${s.slug}`),
    })),
    followUp: {
      plans: d.plans.map((p) => ({
        slug: p.slug,
        title: p.title,
        url: absoluteUrl(locale, `/regions/${p.regionCode}/plans/${p.slug}`),
      })),
      meeting: d.followUpMeeting
        ? {
            slug: d.followUpMeeting.slug,
            title: d.followUpMeeting.title,
            url: absoluteUrl(locale, `/meetings/${d.followUpMeeting.slug}`),
            startsAt: d.followUpMeeting.startsAt.toISOString(),
          }
        : null,
      news: d.followUpNews
        ? {
            slug: d.followUpNews.slug,
            title: d.followUpNews.title,
            url: absoluteUrl(locale, `/news/${d.followUpNews.slug}`),
          }
        : null,
      document: d.followUpDocument
        ? { title: d.followUpDocument.title, url: absoluteUrl(locale, `/meetings/${d.followUpDocument.meetingSlug}`) }
        : null,
    },
  };
}

/** GET /api/v1/decisions: decisions of published meetings, filtered as the register is, one page. */
export async function answerDecisions(view: ApiView, locale: AppLocale): Promise<Response> {
  const page = Number(view.query.page ?? 1);
  const pageSize = Number(view.query.pageSize ?? 50);
  const filters = parseDecisionFilters(view.query);
  const result = await listPublicDecisions({ locale, filters, page, pageSize });
  return json(
    pageOf(
      view,
      result.items.map((d) => decisionJson(d, locale)),
      locale,
      { page, pageSize, total: result.total, totalIsCapped: false, hasNext: page * pageSize < result.total },
    ),
  );
}

/** GET /api/v1/decisions/{id}: one decision of a published meeting. */
export async function answerDecision(id: string, locale: AppLocale): Promise<Response> {
  const decision = await getPublicDecision(id, locale);
  return decision
    ? json({ data: decisionJson(decision, locale), meta: { locale } })
    : apiError(404, "No decision of a published meeting has this identifier.");
}
