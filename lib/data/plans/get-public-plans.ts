import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { indicatorText } from "@/lib/content/indicator-text";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";
import { planProgress, type ActivityStatus, type PlanProgress, type StatusSummary } from "@/lib/content/plan-progress";
import type { AppLocale } from "@/i18n/routing";
import { publicMeetingWhere } from "../visibility";
import { activityCoreSelect } from "./select-activity";
import { planFieldsSelect } from "./select-plan";

// Public plan data: a plan page, and the plan summaries shown on region,
// structure and meeting pages. Only adopted or closed plans, and only
// ACCEPTED reports are ever read here: submitted and returned ones cannot
// reach a public page. Tagged `plans` (any plan change) and `plan:<id>`.

const publicPlanWhere = { status: { in: ["ADOPTED" as const, "CLOSED" as const] } };

const progressSelect = (locale: AppLocale) => {
  const chain = { where: { locale: { in: fallbackChain(locale) } } };
  return {
    ...activityCoreSelect,
    statusChangedAt: true,
    translations: { ...chain, select: { locale: true, title: true, description: true } },
    indicators: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        unit: true,
        target: true,
        translations: { ...chain, select: { locale: true, name: true, unit: true } },
      },
    },
    reports: {
      where: { status: "ACCEPTED" },
      select: {
        status: true,
        reviewedAt: true,
        reportedStatus: true,
        actualStart: true,
        actualEnd: true,
        values: { select: { indicatorId: true, value: true } },
      },
    },
  } satisfies Prisma.ActivitySelect;
};

type ActivityRow = Prisma.ActivityGetPayload<{ select: ReturnType<typeof progressSelect> }>;

const structureNames = (locale: AppLocale) => ({
  id: true,
  slug: true,
  city: true,
  translations: {
    where: { locale: { in: fallbackChain(locale) }, status: "PUBLISHED" as const },
    select: { locale: true, name: true },
  },
});

export type PlanStructure = { id: string; slug: string; name: string; nameLocale: AppLocale };

function toStructure(
  row: { id: string; slug: string; city: string; translations: { locale: string; name: string }[] },
  locale: AppLocale,
): PlanStructure {
  const text = pickTranslation(row.translations, locale);
  return { id: row.id, slug: row.slug, name: text?.name ?? row.city, nameLocale: text?.locale ?? "en" };
}

const progressOf = (activities: ActivityRow[], asOf?: Date) =>
  planProgress(
    activities.map((a) => ({
      ...a,
      status: a.status as ActivityStatus,
      reports: a.reports.map((r) => ({ ...r, reportedStatus: r.reportedStatus as ActivityStatus })),
    })),
    asOf,
  );

export type PublicActivity = {
  id: string;
  title: string;
  description: string;
  textLocale: AppLocale;
  isFallback: boolean;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  status: ActivityStatus;
  structure: PlanStructure;
  partners: { name: string; nameLocale: AppLocale }[];
  indicators: {
    id: string;
    name: string;
    nameLocale: AppLocale;
    unit: string;
    target: number;
    accepted: number;
    ratio: number | null;
    overTarget: boolean;
  }[];
};

export type PublicPlan = {
  id: string;
  slug: string;
  regionCode: string;
  regionName: string;
  status: "ADOPTED" | "CLOSED";
  periodStart: Date;
  periodEnd: Date;
  title: string;
  summary: string;
  textLocale: AppLocale;
  isFallback: boolean;
  meeting: { slug: string; title: string; titleLocale: AppLocale; startsAt: Date } | null;
  decision: { text: string; locale: AppLocale } | null;
  overall: StatusSummary;
  groups: { structure: PlanStructure; summary: StatusSummary; activities: PublicActivity[] }[];
};

/** `code` is the region of the page's address; the open data API finds a plan by its slug alone (slugs are unique). */
async function loadPlan({
  locale,
  code,
  slug,
}: {
  locale: AppLocale;
  code?: string;
  slug: string;
}): Promise<PublicPlan | null> {
  const chain = { where: { locale: { in: fallbackChain(locale) } } };
  const plan = await prisma.actionPlan.findFirst({
    where: { slug, ...publicPlanWhere, ...(code ? { region: { code: code.toUpperCase() } } : {}) },
    select: {
      ...planFieldsSelect,
      region: { select: { code: true, translations: { ...chain, select: { locale: true, name: true } } } },
      translations: { ...chain, select: { locale: true, title: true, summary: true } },
      adoptedAtMeeting: {
        select: {
          slug: true,
          startsAt: true,
          status: true,
          translations: {
            where: { locale: { in: fallbackChain(locale) }, status: "PUBLISHED" },
            select: { locale: true, title: true },
          },
        },
      },
      decision: { select: { translations: { ...chain, select: { locale: true, text: true } } } },
      activities: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          ...progressSelect(locale),
          responsibleStructure: { select: structureNames(locale) },
          partners: {
            orderBy: { id: "asc" },
            select: {
              structure: { select: structureNames(locale) },
              organization: {
                select: { slug: true, translations: { ...chain, select: { locale: true, name: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!plan) return null;
  const progress = progressOf(plan.activities);
  const text = pickTranslation(plan.translations, locale);
  const meetingText = plan.adoptedAtMeeting ? pickTranslation(plan.adoptedAtMeeting.translations, locale) : null;
  const decisionText = plan.decision ? pickTranslation(plan.decision.translations, locale) : null;
  const activities: PublicActivity[] = plan.activities.map((a, i) => {
    const p = progress.activities[i];
    const t = pickTranslation(a.translations, locale);
    return {
      id: a.id,
      title: t?.title ?? "",
      description: t?.description ?? "",
      textLocale: t?.locale ?? "en",
      isFallback: t?.isFallback ?? false,
      plannedStart: a.plannedStart,
      plannedEnd: a.plannedEnd,
      actualStart: p.actualStart,
      actualEnd: p.actualEnd,
      status: p.status,
      structure: toStructure(a.responsibleStructure, locale),
      partners: a.partners.flatMap((partner) => {
        if (partner.structure) {
          const s = toStructure(partner.structure, locale);
          return [{ name: s.name, nameLocale: s.nameLocale }];
        }
        const o = partner.organization ? pickTranslation(partner.organization.translations, locale) : null;
        return o ? [{ name: o.name, nameLocale: o.locale }] : [];
      }),
      indicators: a.indicators.map((indicator, j) => ({ ...p.indicators[j], ...indicatorText(indicator, locale) })),
    };
  });
  return {
    id: plan.id,
    slug: plan.slug,
    regionCode: plan.region.code,
    regionName: pickTranslation(plan.region.translations, locale)?.name ?? plan.region.code,
    status: plan.status as "ADOPTED" | "CLOSED",
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    title: text?.title ?? plan.slug,
    summary: text?.summary ?? "",
    textLocale: text?.locale ?? "en",
    isFallback: text?.isFallback ?? false,
    meeting:
      plan.adoptedAtMeeting && plan.adoptedAtMeeting.status !== "DRAFT" && meetingText
        ? {
            slug: plan.adoptedAtMeeting.slug,
            title: meetingText.title,
            titleLocale: meetingText.locale,
            startsAt: plan.adoptedAtMeeting.startsAt,
          }
        : null,
    decision: decisionText ? { text: decisionText.text, locale: decisionText.locale } : null,
    overall: progress.overall,
    groups: progress.byStructure.map((group) => ({
      structure: activities.find((a) => a.structure.id === group.structureId)!.structure,
      summary: group.summary,
      activities: activities.filter((a) => a.structure.id === group.structureId),
    })),
  };
}

/** A public plan page's content; null for an unknown, draft or other region's plan. */
export async function getPublishedPlan(options: Parameters<typeof loadPlan>[0]): Promise<PublicPlan | null> {
  const plan = await loadPlan(options);
  await tagRender(
    plan ? [cacheTags.plans, cacheTags.plan(plan.id), cacheTags.structures, cacheTags.meetings] : [cacheTags.plans],
  );
  return plan;
}

export type PlanSummary = {
  id: string;
  slug: string;
  regionCode: string;
  title: string;
  titleLocale: AppLocale;
  summary: StatusSummary;
  periodStart: Date;
  periodEnd: Date;
};

async function summaries(
  locale: AppLocale,
  where: Prisma.ActionPlanWhereInput,
  options: { structureId?: string; asOf?: Date; skip?: number; take?: number } = {},
): Promise<PlanSummary[]> {
  const rows = await prisma.actionPlan.findMany({
    where: { ...where, ...publicPlanWhere },
    orderBy: [{ periodStart: "desc" }, { id: "asc" }],
    skip: options.skip ?? 0,
    take: options.take ?? 20,
    select: {
      id: true,
      slug: true,
      periodStart: true,
      periodEnd: true,
      region: { select: { code: true } },
      translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, title: true } },
      activities: {
        where: options.structureId ? { responsibleStructureId: options.structureId } : {},
        select: progressSelect(locale),
      },
    },
  });
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale);
    return {
      id: row.id,
      slug: row.slug,
      regionCode: row.region.code,
      title: text?.title ?? row.slug,
      titleLocale: text?.locale ?? "en",
      summary: progressOf(row.activities, options.asOf).overall,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
    };
  });
}

/** Tags the render with the plans collection and each plan listed. */
async function tagSummaries(list: PlanSummary[]): Promise<PlanSummary[]> {
  await tagRender([cacheTags.plans, ...list.map((p) => cacheTags.plan(p.id))]);
  return list;
}

export const PLANS_PAGE_SIZE = 50;

/** Every public plan, newest period first, optionally of one region: the open data API's list. */
export async function listPublicPlans({ locale, region, page }: { locale: AppLocale; region?: string; page: number }) {
  const where: Prisma.ActionPlanWhereInput = region ? { region: { code: region.toUpperCase() } } : {};
  const [items, total] = await Promise.all([
    summaries(locale, where, { skip: (page - 1) * PLANS_PAGE_SIZE, take: PLANS_PAGE_SIZE }),
    prisma.actionPlan.count({ where: { ...where, ...publicPlanWhere } }),
  ]);
  return { items: await tagSummaries(items), total };
}

/** The region page's plans. */
export async function listRegionPlans(locale: AppLocale, code: string): Promise<PlanSummary[]> {
  return tagSummaries(await summaries(locale, { region: { code: code.toUpperCase() } }));
}

/** A structure page's plans: those with an activity it is responsible for, counted over its own activities. */
export async function listStructurePlans(locale: AppLocale, structureId: string): Promise<PlanSummary[]> {
  return tagSummaries(
    await summaries(locale, { activities: { some: { responsibleStructureId: structureId } } }, { structureId }),
  );
}

export type MeetingPlans = {
  adopted: PlanSummary[];
  followUp: { asOf: Date; previous: { slug: string } | null; plans: PlanSummary[] } | null;
};

/**
 * A meeting page's plans: the plans it adopted, and, when it is a numbered
 * meeting of a series, the plans adopted at the previous meeting of that
 * series as they stood on this meeting's first day.
 */
async function loadMeetingPlans({
  locale,
  meetingId,
  seriesSlug,
  number,
  startsAt,
}: {
  locale: AppLocale;
  meetingId: string;
  seriesSlug: string | null;
  number: number | null;
  startsAt: Date;
}): Promise<MeetingPlans> {
  const adopted = await summaries(locale, { adoptedAtMeetingId: meetingId });
  if (!seriesSlug || number === null) return { adopted, followUp: null };
  const previous = await prisma.meeting.findFirst({
    where: { ...publicMeetingWhere(), series: { slug: seriesSlug }, number: { lt: number } },
    orderBy: { number: "desc" },
    select: { id: true, slug: true },
  });
  if (!previous) return { adopted, followUp: null };
  const plans = await summaries(locale, { adoptedAtMeetingId: previous.id }, { asOf: startsAt });
  return { adopted, followUp: plans.length ? { asOf: startsAt, previous: { slug: previous.slug }, plans } : null };
}

export async function getMeetingPlans(options: Parameters<typeof loadMeetingPlans>[0]): Promise<MeetingPlans> {
  const result = await loadMeetingPlans(options);
  await tagRender([
    cacheTags.plans,
    cacheTags.meetings,
    ...[...result.adopted, ...(result.followUp?.plans ?? [])].map((p) => cacheTags.plan(p.id)),
  ]);
  return result;
}

export type { PlanProgress };
