// One case per mutation of joint action plans: plans and activities (ROCB
// staff of the region), progress reports (the responsible centre's
// representative) and their review (ROCB staff). Each cell gets a fresh
// Europe plan with an activity of RTC Bishkek.
import { prisma } from "@/lib/db/client";
import { newFormToken } from "@/lib/data/create-once";
import {
  createActivityAction,
  createPlanAction,
  deleteActivityAction,
  deletePlanAction,
  reopenReportAction,
  reviewReportAction,
  submitReportAction,
  updateActivityAction,
  updatePlanAction,
  updateReportAction,
} from "@/lib/actions/plans";
import { formDataOf } from "../../support/form-data";
import { uniqueSuffix } from "../../support/meeting-fixtures";
import { samplePdf } from "../../support/meeting-parts";
import { createEuropePlan, planSnapshot } from "../../support/plan-fixtures";
import { europeContent, type MatrixActor, type MatrixCase } from "./types";

type Fresh = Awaited<ReturnType<typeof createEuropePlan>>;
type Fields = Record<string, string | number | Blob>;

/** RTC Bishkek's own activities (its representative, administrators). */
const bishkekReports: Record<MatrixActor, boolean> = {
  anonymous: false,
  admin: true,
  staffEurope: false,
  staffAsia: false,
  rtcBishkek: true,
  rtcBudapest: false,
};

function onFreshPlan(
  name: string,
  action: MatrixCase["action"],
  allowed: Record<MatrixActor, boolean>,
  fields: (fresh: Fresh) => Fields,
  options: { withReport?: boolean; status?: "DRAFT" | "ADOPTED"; accepted?: boolean } = {},
): MatrixCase {
  return {
    name,
    action,
    allowed,
    prepare: async () => {
      const fresh = await createEuropePlan({ withReport: options.withReport, status: options.status });
      if (options.accepted && fresh.report) {
        fresh.report = await prisma.progressReport.update({
          where: { id: fresh.report.id },
          data: { status: "ACCEPTED", reviewedAt: new Date() },
        });
      }
      return { formData: formDataOf(fields(fresh)), snapshot: () => planSnapshot(fresh.plan.id) };
    },
  };
}

const activityFields = (f: Fresh): Fields => ({
  planId: f.plan.id,
  version: f.plan.version,
  responsibleStructureId: f.bishkekId,
  plannedStart: "2027-03-01",
  plannedEnd: "2027-09-30",
  status: "IN_PROGRESS",
  "t.en.title": "Matrix activity",
  "t.ru.title": "Мероприятие матрицы",
  "indicators.0.unit": "courses",
  "indicators.0.target": "3",
  "indicators.0.t.en.name": "Courses held",
});

const reportFields = (f: Fresh): Fields => ({
  periodStart: "2027-02-01",
  periodEnd: "2027-04-30",
  reportedStatus: "DONE",
  [`value.${f.indicators[0].id}`]: "4",
  "t.en.narrative": "All four courses were held.",
});

export const plansMatrixCases: MatrixCase[] = [
  onFreshPlan(
    "plan.delete of a Europe draft (confirmed)",
    deletePlanAction,
    europeContent,
    (f) => ({ planId: f.plan.id, version: f.plan.version, confirm: "yes" }),
    { status: "DRAFT" },
  ),
  onFreshPlan(
    "report.reopen of an accepted report (confirmed)",
    reopenReportAction,
    europeContent,
    (f) => ({ reportId: f.report!.id, version: f.report!.version, confirm: "yes" }),
    { withReport: true, accepted: true },
  ),
  {
    name: "plan.create (Europe region)",
    action: createPlanAction,
    allowed: europeContent,
    prepare: async () => {
      const region = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
      const slug = `matrix-plan-${uniqueSuffix()}`;
      const formData = formDataOf({
        regionId: region.id,
        slug,
        periodStart: "2027-01-01",
        periodEnd: "2027-12-31",
        status: "DRAFT",
        "t.en.title": "Matrix plan",
        formToken: newFormToken(),
      });
      return { formData, snapshot: async () => ({ plans: await prisma.actionPlan.count({ where: { slug } }) }) };
    },
  },
  onFreshPlan("plan.update", updatePlanAction, europeContent, (f) => ({
    planId: f.plan.id,
    version: f.plan.version,
    slug: f.plan.slug,
    periodStart: "2027-01-01",
    periodEnd: "2028-06-30",
    status: "CLOSED",
    "t.en.title": "Renamed by the matrix",
    "t.ru.title": "Переименован матрицей",
  })),
  onFreshPlan("plan.activity.create", createActivityAction, europeContent, activityFields),
  onFreshPlan("plan.activity.update", updateActivityAction, europeContent, (f) => ({
    ...activityFields(f),
    activityId: f.activity.id,
    "indicators.0.id": f.indicators[0].id,
  })),
  onFreshPlan("plan.activity.delete", deleteActivityAction, europeContent, (f) => ({
    planId: f.plan.id,
    version: f.plan.version,
    activityId: f.activity.id,
  })),
  onFreshPlan("report.submit (with evidence)", submitReportAction, bishkekReports, (f) => ({
    ...reportFields(f),
    activityId: f.activity.id,
    formToken: newFormToken(),
    evidenceTitle: "Attendance list",
    evidence: samplePdf("attendance.pdf"),
  })),
  onFreshPlan(
    "report.update",
    updateReportAction,
    bishkekReports,
    (f) => ({ ...reportFields(f), reportId: f.report!.id, version: f.report!.version }),
    { withReport: true },
  ),
  onFreshPlan(
    "report.accept",
    reviewReportAction,
    europeContent,
    (f) => ({ reportId: f.report!.id, version: f.report!.version, decision: "accept" }),
    { withReport: true },
  ),
  onFreshPlan(
    "report.return",
    reviewReportAction,
    europeContent,
    (f) => ({
      reportId: f.report!.id,
      version: f.report!.version,
      decision: "return",
      comment: "Please add the attendance list.",
    }),
    { withReport: true },
  ),
];
