// The demo joint action plan, created with its activities, indicators and
// reports when its slug is missing (never updated: staff edits survive).
import { europePlan, type ActivitySeed } from "./data/plan-europe-2021";
import type { SeedContext } from "./context";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const names = (value: { en: string; ru: string }) => [
  { locale: "en" as const, name: value.en },
  { locale: "ru" as const, name: value.ru },
];
const narratives = (value: { en: string; ru: string }) => [
  { locale: "en" as const, narrative: value.en },
  { locale: "ru" as const, narrative: value.ru },
];

export async function seedPlans(ctx: SeedContext) {
  const { prisma } = ctx;
  const plan = europePlan;
  if (await prisma.actionPlan.count({ where: { slug: plan.slug } })) return;
  const meeting = await prisma.meeting.findUnique({
    where: { slug: plan.meeting },
    select: {
      id: true,
      outcomes: { where: { kind: "DECISION" }, orderBy: { position: "asc" }, take: 1, select: { id: true } },
    },
  });
  const region = await prisma.region.findUniqueOrThrow({ where: { code: plan.region } });
  const activities: ActivitySeed[] = plan.activities;
  const slugs = [...new Set(activities.flatMap((a) => [a.structure, ...(a.partners ?? [])]))];
  const structures = new Map(
    (await prisma.structure.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((s) => [
      s.slug,
      s.id,
    ]),
  );
  const orgSlugs = activities.flatMap((a) => a.partnerOrganizations ?? []);
  const organizations = new Map(
    (await prisma.organization.findMany({ where: { slug: { in: orgSlugs } }, select: { id: true, slug: true } })).map(
      (o) => [o.slug, o.id],
    ),
  );
  const users = new Map(
    (await prisma.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]),
  );
  const adopted = day(plan.period[0]);

  const created = await prisma.actionPlan.create({
    data: {
      slug: plan.slug,
      regionId: region.id,
      periodStart: day(plan.period[0]),
      periodEnd: day(plan.period[1]),
      status: "ADOPTED",
      adoptedAtMeetingId: meeting?.id ?? null,
      decisionId: meeting?.outcomes[0]?.id ?? null,
      translations: {
        create: [
          { locale: "en", title: plan.title.en, summary: plan.summary.en },
          { locale: "ru", title: plan.title.ru, summary: plan.summary.ru },
        ],
      },
    },
  });
  for (const [position, activity] of activities.entries()) {
    const responsibleStructureId = structures.get(activity.structure);
    if (!responsibleStructureId) {
      ctx.log(`Demo plan: structure ${activity.structure} is missing, activity skipped.`);
      continue;
    }
    const row = await prisma.activity.create({
      data: {
        planId: created.id,
        position,
        responsibleStructureId,
        plannedStart: day(activity.planned[0]),
        plannedEnd: day(activity.planned[1]),
        status: activity.status ?? "PLANNED",
        statusChangedAt: adopted,
        translations: {
          create: [
            { locale: "en", title: activity.title.en, description: activity.description.en },
            { locale: "ru", title: activity.title.ru, description: activity.description.ru },
          ],
        },
        partners: {
          create: [
            ...(activity.partners ?? []).flatMap((slug) =>
              structures.get(slug) ? [{ structureId: structures.get(slug)! }] : [],
            ),
            ...(activity.partnerOrganizations ?? []).flatMap((slug) =>
              organizations.get(slug) ? [{ organizationId: organizations.get(slug)! }] : [],
            ),
          ],
        },
        indicators: {
          create: activity.indicators.map((indicator, i) => ({
            position: i,
            unit: indicator.unit,
            target: indicator.target,
            translations: { create: names(indicator.name) },
          })),
        },
      },
      include: { indicators: { orderBy: { position: "asc" } } },
    });
    for (const report of activity.reports ?? []) {
      await prisma.progressReport.create({
        data: {
          activityId: row.id,
          periodStart: day(report.period[0]),
          periodEnd: day(report.period[1]),
          reportedStatus: report.reportedStatus,
          actualStart: report.actual?.[0] ? day(report.actual[0]) : null,
          actualEnd: report.actual?.[1] ? day(report.actual[1]) : null,
          status: report.status,
          reviewComment: report.comment ?? "",
          submittedById: report.submittedBy ? (users.get(report.submittedBy) ?? null) : null,
          submittedAt: day(report.period[1]),
          reviewedById: report.reviewedAt ? (users.get(plan.reviewer) ?? null) : null,
          reviewedAt: report.reviewedAt ? new Date(report.reviewedAt) : null,
          translations: { create: narratives(report.narrative) },
          values: { create: report.values.map((value, i) => ({ indicatorId: row.indicators[i].id, value })) },
        },
      });
    }
  }
  ctx.created("action plan");
}
