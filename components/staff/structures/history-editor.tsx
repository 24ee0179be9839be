"use client";

import { useTranslations } from "next-intl";
import { directionOf, locales } from "@/i18n/routing";
import { historyKinds } from "@/lib/validation/structures";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/button";

export type HistoryRow = {
  key: string;
  id: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  summary: Record<string, string>;
};

let counter = 0;
export const newRowKey = () => `new-${(counter += 1)}`;

/**
 * Dated history entries: add, edit, remove. Rows are numbered by their place
 * in the list when the form is sent, so field errors ("history.1.endsOn")
 * point at the row the user sees.
 */
export function HistoryEditor({
  rows,
  onChange,
  errors,
}: {
  rows: HistoryRow[];
  onChange: (rows: HistoryRow[]) => void;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("StaffStructures");
  const languages = useTranslations("Languages");
  const update = (index: number, patch: Partial<HistoryRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const updateSummary = (index: number, locale: string, value: string) =>
    update(index, { summary: { ...rows[index].summary, [locale]: value } });

  return (
    <div className="space-y-4">
      {rows.length === 0 ? <p className="text-sm text-slate-700">{t("noHistory")}</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const p = `history.${index}`;
          const otherErrors = locales.some((l) => l !== "en" && errors[`${p}.summary.${l}`]);
          return (
            <li key={row.key}>
              <fieldset className="space-y-4 rounded border border-slate-300 bg-slate-50 p-4">
                <legend className="px-1 text-sm font-semibold text-brand-900">
                  {t("entry", { number: index + 1 })}
                </legend>
                {row.id ? <input type="hidden" name={`${p}.id`} value={row.id} /> : null}
                <div className="grid gap-4 sm:grid-cols-3">
                  <SelectField
                    name={`${p}.kind`}
                    label={t("entryKind")}
                    value={row.kind}
                    onChange={(e) => update(index, { kind: e.target.value })}
                    errors={errors[`${p}.kind`]}
                    options={historyKinds.map((k) => ({ value: k, label: t(`historyKind.${k}`) }))}
                  />
                  <TextField
                    name={`${p}.startsOn`}
                    type="date"
                    label={t("startsOn")}
                    value={row.startsOn}
                    onChange={(e) => update(index, { startsOn: e.target.value })}
                    errors={errors[`${p}.startsOn`]}
                    required
                  />
                  <TextField
                    name={`${p}.endsOn`}
                    type="date"
                    label={t("endsOn")}
                    hint={t("endsOnHint")}
                    value={row.endsOn}
                    onChange={(e) => update(index, { endsOn: e.target.value })}
                    errors={errors[`${p}.endsOn`]}
                  />
                </div>
                <TextField
                  name={`${p}.summary.en`}
                  label={t("summary", { language: languages("en") })}
                  value={row.summary.en ?? ""}
                  onChange={(e) => updateSummary(index, "en", e.target.value)}
                  errors={errors[`${p}.summary.en`]}
                  lang="en"
                  dir="ltr"
                  required
                />
                <details open={otherErrors || undefined} className="rounded border border-slate-200 bg-white p-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("otherSummaries")}</summary>
                  <div className="mt-3 grid gap-4 md:grid-cols-2">
                    {locales
                      .filter((l) => l !== "en")
                      .map((locale) => (
                        <TextField
                          key={locale}
                          name={`${p}.summary.${locale}`}
                          label={t("summary", { language: languages(locale) })}
                          value={row.summary[locale] ?? ""}
                          onChange={(e) => updateSummary(index, locale, e.target.value)}
                          errors={errors[`${p}.summary.${locale}`]}
                          lang={locale}
                          dir={directionOf(locale)}
                        />
                      ))}
                  </div>
                </details>
                <button
                  type="button"
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  className={buttonClass("danger", "sm")}
                >
                  {t("removeEntry", { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([...rows, { key: newRowKey(), id: "", kind: "OTHER", startsOn: "", endsOn: "", summary: {} }])
        }
        className={buttonClass("secondary")}
      >
        {t("addEntry")}
      </button>
    </div>
  );
}
