// The demo joint action plan, created with its activities, indicators and
// reports when its slug is missing (never updated: staff edits survive).
import { europePlan, type ActivitySeed } from "./data/plan-europe-2021";
import type { SeedContext } from "./context";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const names = (value: { en: string; ru: string }) => [
  { locale: "en" as const, name: value.en },
  { locale: "ru" as const, name: value.ru },
];
/**
 * The demo indicators in the other languages: names (English and Russian
 * come with the plan) and units, per unit ("officers": "موظفون"…).
 */
const indicatorLanguages: Record<string, { ru: string } & Record<"fr" | "es" | "ar", { name: string; unit: string }>> =
  {
    trainings: {
      ru: "мероприятия",
      fr: { name: "Formations dispensées", unit: "formations" },
      es: { name: "Formaciones impartidas", unit: "formaciones" },
      ar: { name: "الدورات التدريبية المنفذة", unit: "دورات تدريبية" },
    },
    officers: {
      ru: "сотрудники",
      fr: { name: "Agents formés", unit: "agents" },
      es: { name: "Funcionarios capacitados", unit: "funcionarios" },
      ar: { name: "الموظفون المدرَّبون", unit: "موظفون" },
    },
    modules: {
      ru: "модули",
      fr: { name: "Modules publiés", unit: "modules" },
      es: { name: "Módulos publicados", unit: "módulos" },
      ar: { name: "الوحدات المنشورة", unit: "وحدات" },
    },
    workshops: {
      ru: "семинары",
      fr: { name: "Ateliers organisés", unit: "ateliers" },
      es: { name: "Talleres realizados", unit: "talleres" },
      ar: { name: "حلقات العمل المنعقدة", unit: "حلقات عمل" },
    },
  };
const indicatorTexts = (indicator: { unit: string; name: { en: string; ru: string } }) => {
  const other = indicatorLanguages[indicator.unit];
  return other
    ? [
        { locale: "en" as const, name: indicator.name.en, unit: indicator.unit },
        { locale: "ru" as const, name: indicator.name.ru, unit: other.ru },
        ...(["fr", "es", "ar"] as const).map((locale) => ({ locale, ...other[locale] })),
      ]
    : names(indicator.name);
};
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
            translations: { create: indicatorTexts(indicator) },
          })),
        },
      },
      include: { indicators: { orderBy: { position: "asc" } } },
    });
    for (const report of activity.reports ?? []) {
      const submittedById = report.submittedBy ? (users.get(report.submittedBy) ?? null) : null;
      const reviewedById = report.reviewedAt ? (users.get(plan.reviewer) ?? null) : null;
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
          submittedById,
          submittedAt: day(report.period[1]),
          reviewedById,
          reviewedAt: report.reviewedAt ? new Date(report.reviewedAt) : null,
          translations: { create: narratives(report.narrative) },
          values: { create: report.values.map((value, i) => ({ indicatorId: row.indicators[i].id, value })) },
          // The review thread: the submission, then the review with its comment.
          events: {
            create: [
              { kind: "SUBMITTED" as const, actorId: submittedById, at: day(report.period[1]) },
              ...(report.reviewedAt && report.status !== "SUBMITTED"
                ? [
                    {
                      kind: report.status,
                      comment: report.comment ?? "",
                      actorId: reviewedById,
                      at: new Date(report.reviewedAt),
                    },
                  ]
                : []),
            ],
          },
        },
      });
    }
  }
  ctx.created("action plan");
}
