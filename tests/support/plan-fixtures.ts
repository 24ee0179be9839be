// A fresh Europe plan (adopted) with one activity of RTC Bishkek, two
// indicators and, on request, one submitted report: the target of the plan
// tests and of the authorization matrix's plan cases.
import { prisma } from "@/lib/db/client";
import { uniqueSuffix } from "./meeting-fixtures";

export async function createEuropePlan({
  status = "ADOPTED" as "DRAFT" | "ADOPTED" | "CLOSED",
  withReport = false,
} = {}) {
  const [region, bishkek] = await Promise.all([
    prisma.region.findUniqueOrThrow({ where: { code: "EUR" } }),
    prisma.structure.findUniqueOrThrow({ where: { slug: "rtc-bishkek" } }),
  ]);
  const suffix = uniqueSuffix();
  const plan = await prisma.actionPlan.create({
    data: {
      slug: `test-plan-${suffix}`,
      regionId: region.id,
      periodStart: new Date("2027-01-01"),
      periodEnd: new Date("2027-12-31"),
      status,
      translations: { create: [{ locale: "en", title: `Test plan ${suffix}`, summary: "A plan for tests." }] },
      activities: {
        create: {
          position: 0,
          responsibleStructureId: bishkek.id,
          plannedStart: new Date("2027-02-01"),
          plannedEnd: new Date("2027-06-30"),
          translations: { create: [{ locale: "en", title: "Test course on risk management" }] },
          indicators: {
            create: [
              {
                position: 0,
                unit: "courses",
                target: 4,
                translations: { create: [{ locale: "en", name: "Courses delivered" }] },
              },
              {
                position: 1,
                unit: "officers",
                target: 120,
                translations: { create: [{ locale: "en", name: "Officers trained" }] },
              },
            ],
          },
        },
      },
    },
    include: { activities: { include: { indicators: { orderBy: { position: "asc" } } } } },
  });
  const activity = plan.activities[0];
  const report = withReport
    ? await prisma.progressReport.create({
        data: {
          activityId: activity.id,
          periodStart: new Date("2027-02-01"),
          periodEnd: new Date("2027-03-31"),
          reportedStatus: "IN_PROGRESS",
          translations: { create: [{ locale: "en", narrative: "Two courses so far." }] },
          values: { create: [{ indicatorId: activity.indicators[0].id, value: 2 }] },
        },
      })
    : null;
  return { plan, activity, indicators: activity.indicators, report, regionId: region.id, bishkekId: bishkek.id };
}

/** Every row a plan mutation may change, and the audit entries of the plan and its reports. */
export async function planSnapshot(planId: string) {
  const plan = await prisma.actionPlan.findUnique({
    where: { id: planId },
    include: {
      translations: { orderBy: { locale: "asc" } },
      activities: {
        orderBy: { id: "asc" },
        include: {
          translations: { orderBy: { locale: "asc" } },
          partners: { orderBy: { id: "asc" } },
          indicators: { orderBy: { id: "asc" }, include: { translations: { orderBy: { locale: "asc" } } } },
          reports: {
            orderBy: { id: "asc" },
            include: {
              translations: { orderBy: { locale: "asc" } },
              values: { orderBy: { indicatorId: "asc" } },
              documents: true,
            },
          },
        },
      },
    },
  });
  const reportIds = plan?.activities.flatMap((a) => a.reports.map((r) => r.id)) ?? [];
  const audit = await prisma.auditLog.count({
    where: {
      OR: [
        { entityType: "ActionPlan", entityId: planId },
        { entityType: "ProgressReport", entityId: { in: reportIds } },
      ],
    },
  });
  return { plan, audit };
}
