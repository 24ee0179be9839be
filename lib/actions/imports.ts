"use server";

import { getTranslations } from "next-intl/server";
import { afterResponse } from "@/lib/actions/after-response";
import { runImportJob, startImportJob } from "@/lib/data/imports/import-jobs";
import { decideImportUpdate } from "@/lib/data/imports/manage-import-updates";
import { previewImport, type ImportPreview } from "@/lib/data/imports/preview-import";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { createMeeting, regionFor } from "@/lib/data/meetings/save-meeting";
import {
  addProposedParts,
  importedReportText,
  proposeMeetingFromReport,
  type ReportProposal,
} from "@/lib/data/imports/propose-meeting";
import { meetingSchema } from "@/lib/validation/meetings";
import { FILE_LIMIT_BYTES, readUploads } from "@/lib/import/read-sources";
import {
  confirmImportSchema,
  importUpdateSchema,
  readImportSchema,
  reportPartsSchema,
  reportSchema,
} from "@/lib/validation/imports";
import { formDataToObject, type FormState } from "./form-state";
import { resultTags, runAction } from "./run-action";

const mayImport = () => ({ action: "import.run" as const });

/** Step 1: the files and URL are read and the preview shown; nothing is written. The items go back with it, for step 2. */
export async function previewImportAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<ImportPreview & { batch: string }>> {
  return runAction(formData, {
    schema: readImportSchema,
    authorize: mayImport,
    run: async (actor, data) => {
      const t = await getTranslations("StaffImport");
      const tooLarge = data.files.find((file) => file.size > FILE_LIMIT_BYTES);
      if (tooLarge)
        throw new FieldValidationError({ files: [t("tooLarge", { name: (tooLarge as File).name ?? "", max: 20 })] });
      const files = await Promise.all(
        data.files.map(async (file) => ({ name: (file as File).name || "upload", text: await file.text() })),
      );
      const { items, failures } = await readUploads(files, data.url ?? null);
      const preview = await previewImport({ actor, items, failures });
      return { ...preview, batch: JSON.stringify(items) };
    },
    refreshPage: false,
  });
}

/**
 * Step 2: the items kept, with the translation pairs chosen and the meetings
 * as reviewed, become drafts: a job started here runs after the answer, and
 * the screen opens on its progress.
 */
export async function confirmImportAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: confirmImportSchema,
    authorize: mayImport,
    run: async (actor, data) => {
      const job = await startImportJob({ actor, total: data.keep.length });
      afterResponse("import", () => runImportJob({ actor, jobId: job.id, ...data }));
      return job;
    },
    redirectTo: (job) => `/staff/import?job=${job.id}`,
  });
}

/** An update offered by a re-import: applied to the draft, or the draft kept. */
export async function decideImportUpdateAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: importUpdateSchema,
    authorize: mayImport,
    run: (actor, data) => decideImportUpdate({ actor, ...data }),
  });
}

/**
 * "Start from a report", one action for both steps (so the review survives a
 * refusal without JavaScript): `step=propose` reads the report and returns
 * the proposal; `step=create` creates the draft meeting from the reviewed
 * form, with the attendees, people and decisions kept, and opens its editor.
 */
export async function reportMeetingAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<{ proposal: ReportProposal; report: string }>> {
  if (formData.get("step") === "create") return createFromReport(formData);
  return runAction(formData, {
    schema: reportSchema,
    authorize: () => ({ action: "meeting.create" as const }),
    run: async (actor, data) => {
      const report = data.report || (await importedReportText({ actor, articleId: data.articleId! }));
      return { proposal: await proposeMeetingFromReport({ actor, text: report }), report };
    },
    refreshPage: false,
  });
}

async function createFromReport(formData: FormData): Promise<FormState<never>> {
  const parts = reportPartsSchema.safeParse(formDataToObject(formData));
  return runAction(formData, {
    schema: meetingSchema,
    authorize: (actor, { input }) => ({ action: "meeting.create", scope: { regionId: regionFor(actor, input) } }),
    run: async (actor, { input, formToken }) => {
      if (!parts.success) throw new FieldValidationError({ _form: ["invalid"] });
      const created = await createMeeting({ actor, input, formToken });
      const { language, ...kept } = parts.data;
      await addProposedParts({ actor, meetingId: created.id, locale: language, ...kept });
      return created;
    },
    tags: resultTags,
    redirectTo: (result) => `/staff/meetings/${result.id}?created=1`,
  }) as Promise<FormState<never>>;
}
