"use client";

import { useTranslations } from "next-intl";
import { confirmImportAction, previewImportAction } from "@/lib/actions/imports";
import type { ImportPreview } from "@/lib/data/imports/preview-import";
import { TextField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { MeetingReview } from "./meeting-review";

/**
 * The import, in two forms that work without JavaScript: files and/or a URL
 * are read and previewed (nothing written); then the items kept, with the
 * translation pairs chosen, become drafts.
 */
export function ImportForm({ maxMb }: { maxMb: number }) {
  const t = useTranslations("StaffImport");
  const { state, formAction, pending, errors, field } = useEditorForm(previewImportAction);
  // Step 2's form lives here: refused, its preview comes back with what was sent (with or without JavaScript).
  const confirm = useEditorForm(confirmImportAction);
  const preview = state?.ok ? state.data : previewSent(confirm.failed?.values);
  return (
    <div className="space-y-8">
      <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
        <FormAlert
          state={state?.ok ? null : state}
          labels={{ files: t("files"), url: t("url") }}
          idFor={(name) => `import-${name}`}
        />
        <TextField
          id="import-files"
          name="files"
          type="file"
          multiple
          accept=".xml,.rss,.atom,.wxr,.html,.htm,.txt,.md,.markdown"
          label={t("files")}
          hint={t("filesHint", { max: maxMb })}
          errors={errors.files}
        />
        <TextField
          {...field("url", (name) => `import-${name}`)}
          type="url"
          inputMode="url"
          dir="ltr"
          label={t("url")}
          hint={t("urlHint")}
          placeholder="https://"
        />
        <Button disabled={pending}>{pending ? t("reading") : t("read")}</Button>
      </form>
      {preview ? <PreviewForm preview={preview} confirm={confirm} /> : null}
    </div>
  );
}

type Preview = ImportPreview & { batch: string };

/** The preview sent back with a refused import (display only: the server reads only the batch). */
function previewSent(values: Record<string, unknown> | undefined): Preview | undefined {
  if (typeof values?.preview !== "string" || typeof values.batch !== "string") return undefined;
  try {
    const parsed = JSON.parse(values.preview) as ImportPreview;
    return Array.isArray(parsed.rows) && Array.isArray(parsed.failures)
      ? { rows: parsed.rows, failures: parsed.failures, batch: values.batch }
      : undefined;
  } catch {
    return undefined;
  }
}

function PreviewForm({
  preview,
  confirm,
}: {
  preview: Preview;
  confirm: ReturnType<typeof useEditorForm<{ id: string }>>;
}) {
  const t = useTranslations("StaffImport");
  const { state, formAction, pending, failed } = confirm;
  const sent = (name: string) => {
    const v = failed?.values?.[name];
    return v === undefined ? undefined : Array.isArray(v) ? String(v[0] ?? "") : String(v);
  };
  const kept = failed ? confirm.values("keep", []) : null;
  const firstOfRecord = new Map<number, number>();
  for (const row of preview.rows) if (!firstOfRecord.has(row.record)) firstOfRecord.set(row.record, row.index);
  return (
    <section aria-labelledby="import-preview" className="space-y-4">
      <h2 id="import-preview" className="text-xl font-semibold text-brand-900">
        {t("previewTitle", { count: preview.rows.length })}
      </h2>
      {preview.failures.length ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{t("failures", { count: preview.failures.length })}</p>
          <ul className="mt-1 list-disc ps-5">
            {preview.failures.map((f, i) => (
              <li key={i}>
                <span dir="ltr">{f.source}</span>: <span dir="ltr">{f.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.rows.length ? (
        <form action={formAction} className="space-y-4">
          <FormAlert
            state={state}
            labels={{
              keep: t("keep"),
              ...Object.fromEntries(
                preview.rows.map((row) => [`m-${row.index}-startDate`, t("reviewOf", { n: row.index + 1 })]),
              ),
            }}
            idFor={(name) => (name.startsWith("m-") ? name : "import-rows")}
          />
          <input type="hidden" name="batch" value={preview.batch} />
          <input
            type="hidden"
            name="preview"
            value={JSON.stringify({ rows: preview.rows, failures: preview.failures })}
          />
          <ul id="import-rows" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {preview.rows.map((row) => {
              const pairedWith = firstOfRecord.get(row.record);
              return (
                <li key={row.index} className="grid gap-3 p-4 md:grid-cols-[auto_1fr_16rem]">
                  <input
                    type="checkbox"
                    name="keep"
                    value={row.index}
                    defaultChecked={kept ? kept.includes(String(row.index)) : row.status !== "unchanged"}
                    id={`import-keep-${row.index}`}
                    className="mt-1 size-5"
                  />
                  <div className="min-w-0 space-y-1">
                    <label
                      htmlFor={`import-keep-${row.index}`}
                      className="block font-semibold"
                      lang={row.language}
                      dir="auto"
                    >
                      <span className="me-1 text-slate-600" dir="ltr">{`${row.index + 1}.`}</span>
                      {row.title}
                    </label>
                    <p className="text-sm text-slate-700">
                      <span className="me-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs uppercase">
                        {row.language}
                      </span>
                      {row.publishedOn ? <span className="me-2">{row.publishedOn}</span> : null}
                      <span className="font-medium">{t(`status.${row.status}`)}</span>
                    </p>
                    <p className="truncate text-xs text-slate-600" dir="ltr">
                      {row.source}
                    </p>
                    {row.meeting ? (
                      <>
                        <p className="text-sm text-slate-800">
                          {t("meetingProposed", {
                            kind: t(`kind.${row.meeting.kind}`),
                            number: row.meeting.seriesNumber ?? 0,
                            dates: [row.meeting.startDate, row.meeting.endDate].filter(Boolean).join(" – ") || "—",
                            place: [row.meeting.city, row.meeting.country].filter(Boolean).join(", ") || "—",
                          })}
                        </p>
                        <MeetingReview
                          row={{ ...row, meeting: row.meeting }}
                          sent={sent}
                          invalid={!!confirm.errors[`m-${row.index}-startDate`]}
                        />
                      </>
                    ) : (
                      <p className="text-sm text-slate-600">{t("notMeeting")}</p>
                    )}
                  </div>
                  <div>
                    <label htmlFor={`import-pair-${row.index}`} className="block text-sm font-medium">
                      {t("translationOf")}
                    </label>
                    <select
                      id={`import-pair-${row.index}`}
                      name={`pair-${row.index}`}
                      defaultValue={
                        sent(`pair-${row.index}`) ??
                        (pairedWith !== undefined && pairedWith !== row.index ? String(pairedWith) : "")
                      }
                      className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm"
                    >
                      <option value="">{t("noPair")}</option>
                      {preview.rows
                        .filter((other) => other.index !== row.index && other.language !== row.language)
                        .map((other) => (
                          <option key={other.index} value={other.index}>
                            {`${other.index + 1}. [${other.language}] ${other.title.slice(0, 60)}`}
                          </option>
                        ))}
                    </select>
                  </div>
                </li>
              );
            })}
          </ul>
          <p className="text-sm text-slate-700">{t("draftsOnly")}</p>
          <Button disabled={pending}>{pending ? t("importing") : t("import")}</Button>
        </form>
      ) : null}
    </section>
  );
}
