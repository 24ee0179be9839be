"use server";

import { getTranslations } from "next-intl/server";
import { getConfig } from "@/lib/config";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { createActivity, deleteActivity, updateActivity } from "@/lib/data/plans/manage-activities";
import { planScopeOf } from "@/lib/data/plans/claim-plan";
import {
  activityScopeOf,
  reportScopeOf,
  reviewReport,
  submitReport,
  updateReport,
  type Evidence,
} from "@/lib/data/plans/manage-reports";
import { createPlan, updatePlan } from "@/lib/data/plans/save-plan";
import { deleteDraftPlan } from "@/lib/data/plans/delete-plan";
import { reopenReport } from "@/lib/data/plans/reopen-report";
import {
  createActivitySchema,
  createPlanSchema,
  deleteActivitySchema,
  deletePlanSchema,
  reopenReportSchema,
  reviewReportSchema,
  submitReportSchema,
  updateActivitySchema,
  updatePlanSchema,
  updateReportSchema,
} from "@/lib/validation/plans";
import type { FormState } from "./form-state";
import { resultTags, runAction } from "./run-action";

// Joint action plans: ROCB staff edit plans and activities and review reports;
// RTC representatives report on their centre's activities. `authorize` names
// the permission and the record's scope (lib/auth/permissions.ts); the data
// functions decide again inside their queries.

const tags = (result: { tags: string[] }) => result.tags;

export async function createPlanAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: createPlanSchema,
    authorize: (actor, input) => ({ action: "plan.create", scope: { regionId: input.regionId ?? actor.regionId } }),
    run: (actor, { formToken, ...input }) => createPlan({ actor, input, formToken }),
    tags: resultTags,
    redirectTo: (result) => `/staff/plans/${result.id}?created=1`,
  });
}

export async function updatePlanAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: updatePlanSchema,
    authorize: async (_actor, input) => ({ action: "plan.update", scope: await planScopeOf(input.planId) }),
    run: (actor, input) => updatePlan({ actor, input }),
    tags,
  });
}

const mayEditPlan = async (_actor: unknown, input: { planId: string }) => ({
  action: "plan.update" as const,
  scope: await planScopeOf(input.planId),
});

export async function createActivityAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: createActivitySchema,
    authorize: mayEditPlan,
    run: (actor, input) => createActivity({ actor, input }),
    tags,
  });
}

export async function updateActivityAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: updateActivitySchema,
    authorize: mayEditPlan,
    run: (actor, input) => updateActivity({ actor, input }),
    tags,
  });
}

export async function deleteActivityAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deleteActivitySchema,
    authorize: mayEditPlan,
    run: (actor, input) => deleteActivity({ actor, ...input }),
    tags,
  });
}

/** The evidence file: size checked before the bytes are read, type on the bytes (in the data function). */
async function readEvidence(evidence: { file: File; title: string } | null): Promise<Evidence | null> {
  if (!evidence) return null;
  const max = getConfig().UPLOAD_MAX_BYTES;
  if (evidence.file.size > max) {
    const t = await getTranslations("StaffDocuments");
    throw new FieldValidationError({ evidence: [t("tooLarge", { max: Math.floor(max / (1024 * 1024)) })] });
  }
  return {
    title: evidence.title,
    fileName: evidence.file.name,
    bytes: new Uint8Array(await evidence.file.arrayBuffer()),
  };
}

async function fileTypeMessage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FieldValidationError && error.fieldErrors.evidence?.includes("fileType")) {
      const t = await getTranslations("StaffDocuments");
      throw new FieldValidationError({ evidence: [t("fileType")] });
    }
    throw error;
  }
}

export async function submitReportAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: submitReportSchema,
    authorize: async (_actor, input) => ({ action: "report.submit", scope: await activityScopeOf(input.activityId) }),
    run: async (actor, { evidence, formToken, ...input }) =>
      fileTypeMessage(async () =>
        submitReport({
          actor,
          input: { ...input, evidence: null },
          evidence: await readEvidence(evidence),
          formToken,
        }),
      ),
    tags,
    redirectTo: (result) => `/staff/reports/${result.id}?submitted=1`,
  });
}

export async function updateReportAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: updateReportSchema,
    authorize: async (_actor, input) => ({ action: "report.update", scope: await reportScopeOf(input.reportId) }),
    run: async (actor, { evidence, ...input }) =>
      fileTypeMessage(async () =>
        updateReport({ actor, input: { ...input, evidence: null }, evidence: await readEvidence(evidence) }),
      ),
    tags,
  });
}

export async function reviewReportAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: reviewReportSchema,
    authorize: async (_actor, input) => ({ action: "report.review", scope: await reportScopeOf(input.reportId) }),
    run: (actor, input) => reviewReport({ actor, ...input }),
    tags,
    // The report again, saying what happened (accepted / returned), with the thread below.
    redirectTo: (result) => `/staff/reports/${result.id}?reviewed=${result.decision}`,
  });
}

/** Deletes a draft plan, from its confirmation page; then the list of plans. */
export async function deletePlanAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deletePlanSchema,
    authorize: async (_actor, input) => ({ action: "plan.delete", scope: await planScopeOf(input.planId) }),
    run: (actor, { planId, version }) => deleteDraftPlan({ actor, id: planId, version }),
    tags,
    redirectTo: () => "/staff/plans?deleted=1",
  });
}

/** Reopens an accepted report (its figures leave the public plan), from its confirmation page. */
export async function reopenReportAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: reopenReportSchema,
    authorize: async (_actor, input) => ({ action: "report.reopen", scope: await reportScopeOf(input.reportId) }),
    run: (actor, { reportId, version }) => reopenReport({ actor, reportId, version }),
    tags,
    redirectTo: (result) => `/staff/reports/${result.id}?reopened=1`,
  });
}
