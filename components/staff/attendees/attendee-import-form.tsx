"use client";

import { useTranslations } from "next-intl";
import { importAttendeesAction } from "@/lib/actions/attendees";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { csvColumns, csvReportPrefix } from "@/lib/validation/attendees";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

type Problem = { row: number; column: string; messages: string[] };

/** The row-by-row report carried in the field errors as `csv:<row>:<column>`. */
function reportOf(fieldErrors: Record<string, string[]>): Problem[] {
  const order = (column: string) => (column === "" ? -1 : (csvColumns as readonly string[]).indexOf(column));
  return Object.entries(fieldErrors)
    .filter(([key]) => key.startsWith(csvReportPrefix))
    .map(([key, messages]) => {
      const [row, ...column] = key.slice(csvReportPrefix.length).split(":");
      return { row: Number(row), column: column.join(":"), messages };
    })
    .sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
}

export function AttendeeImportForm({ meetingId, version }: { meetingId: string; version: number }) {
  const t = useTranslations("StaffAttendees.import");
  const { state, formAction, pending, errors: fieldErrors } = useEditorForm(importAttendeesAction);
  const report = reportOf(fieldErrors);
  const done = state?.ok ? (state.data as { attendees: number; people: number }) : null;
  const message = done && state ? { ...state, message: t("done", done) } : state;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="version" value={version} />
        <FormAlert state={message} labels={{ file: t("file") }} idFor={() => "import-file"} />
        <TextField
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          label={t("file")}
          hint={t("fileHint")}
          errors={fieldErrors.file}
        />
        <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
          {pending ? t("importing") : t("submit")}
        </button>
      </form>
      {report.length ? (
        <section aria-labelledby="import-report" className="space-y-2">
          <h3 id="import-report" className="text-lg font-semibold text-red-800">
            {t("reportTitle")}
          </h3>
          <div className="overflow-x-auto rounded-md border border-red-200 bg-white">
            <table className="w-full text-start text-sm">
              <caption className="px-3 py-2 text-start text-slate-700">{t("reportCaption")}</caption>
              <thead className="bg-red-50 text-slate-900">
                <tr>
                  <th scope="col" className="px-3 py-2 text-start">
                    {t("reportRow")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-start">
                    {t("reportColumn")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-start">
                    {t("reportProblem")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.map((problem) => (
                  <tr key={`${problem.row}:${problem.column}`} className="border-t border-slate-200">
                    <td className="px-3 py-2 tabular-nums">{problem.row}</td>
                    <td className="px-3 py-2">
                      {problem.column ? <code dir="ltr">{problem.column}</code> : t("wholeRow")}
                    </td>
                    <td className="px-3 py-2">{problem.messages.join(" ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
