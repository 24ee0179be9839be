"use client";

import { useTranslations } from "next-intl";
import type { PreviewRow } from "@/lib/data/imports/preview-import";
import { meetingKinds } from "@/lib/validation/meeting-filters";
import { meetingFormats } from "@/lib/validation/meetings";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { EvidenceText } from "./evidence-text";

/**
 * One imported item's proposed meeting, field by field, each beside the
 * sentence it came from: kept as it is, edited, or cleared; or no meeting at
 * all. Plain inputs inside the import form (`m-<index>-<field>`), so the
 * review works without JavaScript; folded away until opened.
 */
export function MeetingReview({
  row,
  sent,
  invalid,
}: {
  row: PreviewRow & { meeting: NonNullable<PreviewRow["meeting"]> };
  /** After a refusal: what was sent for a field (undefined: the proposal). */
  sent: (name: string) => string | undefined;
  /** Refused: shown open, its first field marked. */
  invalid: boolean;
}) {
  const t = useTranslations("StaffImport");
  const fields = useTranslations("StaffMeetings");
  const meeting = useTranslations("Meeting");
  const m = row.meeting;
  const id = (field: string) => `m-${row.index}-${field}`;
  const start = (field: string, proposed: string | number | null) => sent(id(field)) ?? String(proposed ?? "");
  const evidence = (...keys: string[]) => keys.map((k) => m.evidence[k]).find(Boolean);
  const rows: { field: string; evidence?: string; control: React.ReactNode }[] = [
    {
      field: "kind",
      evidence: evidence("kind"),
      control: (
        <SelectField
          id={id("kind")}
          name={id("kind")}
          label={fields("field.kind")}
          defaultValue={start("kind", m.kind)}
          options={meetingKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />
      ),
    },
    {
      field: "number",
      evidence: evidence("seriesNumber"),
      control: (
        <TextField
          id={id("number")}
          name={id("number")}
          label={fields("field.number")}
          hint={t("numberHint")}
          type="number"
          min={1}
          max={9999}
          defaultValue={start("number", m.seriesNumber)}
        />
      ),
    },
    ...(["startDate", "endDate"] as const).map((field) => ({
      field,
      evidence: evidence(field),
      control: (
        <TextField
          id={id(field)}
          name={id(field)}
          label={fields(`field.${field}`)}
          type="date"
          defaultValue={start(field, m[field])}
        />
      ),
    })),
    {
      field: "format",
      evidence: evidence("format"),
      control: (
        <SelectField
          id={id("format")}
          name={id("format")}
          label={fields("field.format")}
          defaultValue={start("format", m.format)}
          options={[
            { value: "", label: t("notSaid") },
            ...meetingFormats.map((f) => ({ value: f, label: meeting(`format.${f}`) })),
          ]}
        />
      ),
    },
    {
      field: "city",
      evidence: evidence("city"),
      control: (
        <TextField
          id={id("city")}
          name={id("city")}
          label={fields("field.city")}
          defaultValue={start("city", m.city)}
        />
      ),
    },
    {
      field: "country",
      evidence: evidence("country"),
      control: (
        <TextField
          id={id("country")}
          name={id("country")}
          label={fields("field.country")}
          hint={t("countryHint")}
          maxLength={2}
          dir="ltr"
          autoComplete="off"
          defaultValue={start("country", m.country)}
        />
      ),
    },
  ];
  return (
    <details
      className="rounded border border-slate-200 bg-slate-50 p-3"
      data-testid={`meeting-review-${row.index}`}
      open={invalid}
    >
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{t("reviewMeeting")}</summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm text-slate-700">{t("reviewLead")}</p>
        <input type="hidden" name={id("reviewed")} value="1" />
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name={id("keep")}
            value="1"
            defaultChecked={sent(id("reviewed")) === undefined || sent(id("keep")) === "1"}
            className="size-4"
          />
          {t("reviewKeep")}
        </label>
        <div className="grid gap-4 lg:grid-cols-2">
          <EvidenceText
            text={m.text}
            sentences={Object.values(m.evidence)}
            language={row.language}
            testId={`item-text-${row.index}`}
          />
          <ul className="space-y-3">
            {rows.map((r) => (
              <li key={r.field} className="grid gap-2 sm:grid-cols-[14rem_1fr] lg:grid-cols-1">
                {r.control}
                <p className="text-sm text-slate-700 sm:pt-6 lg:pt-0" lang={row.language} dir="auto">
                  {r.evidence ? (
                    <>
                      <span className="sr-only">{t("evidence")}: </span>
                      <mark>{r.evidence}</mark>
                    </>
                  ) : (
                    <span className="text-slate-500">{t("noEvidence")}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
