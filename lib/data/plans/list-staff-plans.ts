import "server-only";
import { prisma } from "@/lib/db/client";
import { can, decisionWhere, planWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { activityCoreSelect } from "./select-activity";
import { listRegions } from "@/lib/data/regions/list-regions";
import { newFormToken } from "@/lib/data/create-once";
import { planFieldsSelect } from "./select-plan";

// The staff side of plans: the list and the editor's data, scoped in the where.

const name = (rows: { locale: string; name: string }[], locale: AppLocale, fallback: string) =>
  pickTranslation(rows, locale)?.name ?? fallback;

export async function listStaffPlans({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const rows = await prisma.actionPlan.findMany({
    where: planWhere(actor, "plan.readDraft"),
    orderBy: [{ periodStart: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      ...planFieldsSelect,
      translations: { select: { locale: true, title: true } },
      _count: { select: { activities: true } },
    },
  });
  return rows.map((r) => ({ ...r, title: pickTranslation(r.translations, locale)?.title ?? r.slug }));
}

/**
 * The plan editor: the plan with its activities, the choices of its forms,
 * and what the actor may do (`mayDelete`: a draft); "forbidden" when out of
 * scope, null when unknown.
 */
export async function getPlanEditor({ actor, id, locale }: { actor: Actor; id: string; locale: AppLocale }) {
  const plan = await prisma.actionPlan.findFirst({
    where: { AND: [{ id }, planWhere(actor, "plan.update")] },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      regionId: true,
      region: { select: { code: true } },
      periodStart: true,
      periodEnd: true,
      adoptedAtMeetingId: true,
      decisionId: true,
      translations: { select: { locale: true, title: true, summary: true } },
      activities: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          ...activityCoreSelect,
          translations: { select: { locale: true, title: true, description: true } },
          partners: { select: { structureId: true, organizationId: true } },
          indicators: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              unit: true,
              target: true,
              translations: { select: { locale: true, name: true, unit: true } },
            },
          },
        },
      },
    },
  });
  if (!plan) return (await prisma.actionPlan.count({ where: { id } })) ? ("forbidden" as const) : null;
  const [structures, organizations, meetings] = await Promise.all([
    prisma.structure.findMany({
      where: { regionId: plan.regionId },
      orderBy: { slug: "asc" },
      select: { id: true, city: true, translations: { select: { locale: true, name: true } } },
    }),
    prisma.organization.findMany({
      orderBy: { slug: "asc" },
      take: 200,
      select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
    }),
    prisma.meeting.findMany({
      where: { regionId: plan.regionId },
      orderBy: { startsAt: "desc" },
      take: 50,
      select: {
        id: true,
        slug: true,
        translations: { select: { locale: true, title: true } },
        outcomes: {
          where: { kind: "DECISION" },
          orderBy: { position: "asc" },
          select: { id: true, translations: { select: { locale: true, text: true } } },
        },
      },
    }),
  ]);
  return {
    plan,
    mayDelete: plan.status === "DRAFT" && can(actor, "plan.delete", { regionId: plan.regionId }),
    structures: structures.map((s) => ({ value: s.id, label: name(s.translations, locale, s.city) })),
    organizations: organizations.map((o) => ({ value: o.id, label: name(o.translations, locale, o.slug) })),
    meetings: meetings.map((m) => ({ value: m.id, label: pickTranslation(m.translations, locale)?.title ?? m.slug })),
    decisions: meetings.flatMap((m) =>
      m.outcomes.map((o) => ({
        value: o.id,
        label: `${pickTranslation(m.translations, locale)?.title ?? m.slug}: ${(pickTranslation(o.translations, locale)?.text ?? "").slice(0, 80)}`,
      })),
    ),
  };
}

/**
 * The "new plan" form: the regions to choose from (administrators; staff plan
 * for their own region) and a one-time token. Started from a decision (the
 * outcomes tab's "start the plan"): adopted at its meeting, on it, in its
 * region, with its text as the summary. A decision out of the actor's scope
 * is ignored.
 */
export async function getNewPlanForm({
  actor,
  locale,
  decisionId,
}: {
  actor: Actor;
  locale: AppLocale;
  decisionId?: string;
}) {
  const [regions, decision] = await Promise.all([
    can(actor, "content.chooseRegion") ? listRegions({ locale }) : null,
    decisionId
      ? prisma.meetingOutcome.findFirst({
          where: { AND: [{ id: decisionId }, decisionWhere(actor)] },
          select: {
            id: true,
            translations: { select: { locale: true, text: true } },
            meeting: {
              select: {
                id: true,
                slug: true,
                regionId: true,
                endsAt: true,
                translations: { select: { locale: true, title: true } },
              },
            },
          },
        })
      : null,
  ]);
  const initial: Record<string, string> = { regionId: actor.regionId ?? "", status: "DRAFT" };
  let meetings: { value: string; label: string }[] = [];
  let decisions: { value: string; label: string }[] = [];
  if (decision && decision.meeting.regionId && can(actor, "plan.create", { regionId: decision.meeting.regionId })) {
    const meetingTitle = pickTranslation(decision.meeting.translations, locale)?.title ?? decision.meeting.slug;
    initial.regionId = decision.meeting.regionId;
    initial.adoptedAtMeetingId = decision.meeting.id;
    initial.decisionId = decision.id;
    initial.periodStart = decision.meeting.endsAt.toISOString().slice(0, 10);
    for (const t of decision.translations) if (t.text) initial[`t.${t.locale}.summary`] = t.text.slice(0, 4000);
    meetings = [{ value: decision.meeting.id, label: meetingTitle }];
    decisions = [
      {
        value: decision.id,
        label: `${meetingTitle}: ${(pickTranslation(decision.translations, locale)?.text ?? "").slice(0, 80)}`,
      },
    ];
  }
  return {
    regions: regions?.map((r) => ({ value: r.id, label: r.name })),
    initial,
    meetings,
    decisions,
    formToken: newFormToken(),
  };
}
