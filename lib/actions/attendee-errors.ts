import "server-only";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { attendeeRoles, csvColumns, csvReportPrefix, organizationKinds } from "@/lib/validation/attendees";
import { csvMaxBytes, csvMaxRows, type CsvFileError, type CsvIssue } from "@/lib/csv/attendee-csv";
import { collectFieldErrors } from "./run-action";

/**
 * The CSV problems as form field errors, in the user's language: the file
 * field gets a summary (nothing was imported) and each problem its own entry
 * keyed by row and column, which the import form shows as a table.
 */
export async function csvReportError(problem: { fileError?: CsvFileError; issues: CsvIssue[] }) {
  const [t, v] = await Promise.all([getTranslations("StaffAttendees"), getTranslations("Validation")]);
  if (problem.fileError) {
    const params = { maxKb: Math.round(csvMaxBytes / 1024), maxRows: csvMaxRows };
    return new FieldValidationError({ file: [t(`csvFile.${problem.fileError}`, params)] });
  }
  const params = {
    values: attendeeRoles.join(", "),
    kinds: organizationKinds.join(", "),
    columns: csvColumns.join(", "),
  };
  const fieldErrors: Record<string, string[]> = { file: [t("csvSummary", { count: problem.issues.length })] };
  for (const issue of problem.issues) {
    let message: string;
    const key = issue.key ?? issue.zodIssue?.message ?? "";
    if (key && t.has(`csvError.${key}` as never))
      message = t(`csvError.${key}` as never, { ...params, ...issue.params } as never);
    else if (issue.zodIssue)
      message = Object.values(collectFieldErrors(new z.ZodError([issue.zodIssue]), v))[0]?.[0] ?? v("invalid");
    else message = v("invalid");
    (fieldErrors[`${csvReportPrefix}${issue.row}:${issue.column}`] ??= []).push(message);
  }
  return new FieldValidationError(fieldErrors);
}

/** Field errors of the attendees editor whose keys are ours (StaffAttendees.errors), in the user's language. */
export async function translateAttendeeErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof FieldValidationError)) throw error;
    const t = await getTranslations("StaffAttendees");
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, keys]) => [
        field,
        keys.map((k) => (t.has(`errors.${k}` as never) ? t(`errors.${k}` as never) : k)),
      ]),
    );
    throw new FieldValidationError(fieldErrors);
  }
}
