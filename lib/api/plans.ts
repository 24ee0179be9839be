import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo/metadata";
import type { StatusSummary } from "@/lib/content/plan-progress";
import { getPublishedPlan, listPublicPlans, PLANS_PAGE_SIZE } from "@/lib/data/plans/get-public-plans";
import type { planSchema, planSummarySchema } from "./schemas";
import { apiError, json, lower, pageOf, type Json } from "./responses";
import type { ApiView } from "./views";

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

/** GET /api/v1/plans: adopted and closed plans, filtered, one page. */
export async function answerPlans(view: ApiView, locale: AppLocale): Promise<Response> {
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

/** GET /api/v1/plans/{slug}: an adopted or closed plan with its activities. */
export async function answerPlan(slug: string, locale: AppLocale): Promise<Response> {
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
