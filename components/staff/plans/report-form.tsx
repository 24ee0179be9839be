"use client";

import { useTranslations } from "next-intl";
import { directionOf } from "@/i18n/routing";
import { reviewReportAction, submitReportAction, updateReportAction } from "@/lib/actions/plans";
import { activityStatuses } from "@/lib/content/plan-progress";
import { localeFieldName } from "@/lib/validation/form-fields";
import { planLimits } from "@/lib/validation/plans";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

/** `accepted`: the sum of the values of the activity's accepted reports (a new report's figure is added to it). */
export type ReportFormIndicator = { id: string; name: string; unit: string; target: number; accepted?: number };

/** An RTC's progress report on one activity: period, status reached, indicator values, narrative per language, optional evidence file. */
export function ReportForm({
  activityId,
  report,
  indicators,
  initial,
  formToken,
}: {
  activityId?: string;
  /** A new report's one-time token (the same form sent again submits one report). */
  formToken?: string;
  report?: { id: string; version: number };
  indicators: ReportFormIndicator[];
  initial: Record<string, string>;
}) {
  const t = useTranslations("StaffPlans");
  const plans = useTranslations("Plans");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, value, field } = useEditorForm(
    report ? updateReportAction : submitReportAction,
    initial,
  );
  const id = (name: string) => `report-${name}`;
  return (
    <form action={formAction} noValidate encType="multipart/form-data" className="space-y-4">
      <FormAlert
        state={state}
        labels={{
          periodStart: t("periodStart"),
          periodEnd: t("periodEnd"),
          reportedStatus: t("reportedStatus"),
          actualStart: plans("actualStart"),
          actualEnd: plans("actualEnd"),
          ...Object.fromEntries(indicators.map((indicator) => [`value.${indicator.id}`, indicator.name])),
          "t.*.narrative": t("narrative"),
          evidenceTitle: t("evidenceTitle"),
          evidence: t("evidence"),
        }}
        idFor={id}
      />
      {activityId ? <input type="hidden" name="activityId" value={activityId} /> : null}
      {formToken ? <input type="hidden" name="formToken" value={formToken} /> : null}
      {report ? (
        <>
          <input type="hidden" name="reportId" value={report.id} />
          <input type="hidden" name="version" value={report.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" label={t("periodStart")} {...field("periodStart", id)} required />
        <TextField type="date" label={t("periodEnd")} {...field("periodEnd", id)} required />
        <SelectField
          id={id("reportedStatus")}
          name="reportedStatus"
          label={t("reportedStatus")}
          errors={errors.reportedStatus}
          defaultValue={value("reportedStatus") || "IN_PROGRESS"}
          options={activityStatuses.map((s) => ({ value: s, label: plans(`status.${s}`) }))}
        />
        <div />
        <TextField type="date" label={plans("actualStart")} {...field("actualStart", id)} />
        <TextField type="date" label={plans("actualEnd")} {...field("actualEnd", id)} />
      </div>
      {indicators.length ? (
        <fieldset className="space-y-3">
          <legend className="font-semibold text-slate-900">{plans("indicators")}</legend>
          <p className="text-sm text-slate-700">{t("valuesNotCumulative")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            {indicators.map((indicator) => {
              const name = `value.${indicator.id}`;
              return (
                <TextField
                  key={indicator.id}
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  label={indicator.name}
                  hint={
                    indicator.accepted === undefined
                      ? t("target", { target: indicator.target, unit: indicator.unit })
                      : t("targetAccepted", {
                          target: indicator.target,
                          unit: indicator.unit,
                          accepted: indicator.accepted,
                        })
                  }
                  {...field(name, id)}
                />
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <LocaleTabs label={t("narrativeTexts")} errors={errors}>
        {(locale) => {
          const name = localeFieldName(locale, "narrative");
          return (
            <TextAreaField
              label={t("narrative")}
              hint={locale === "en" ? t("narrativeHint") : undefined}
              {...field(name, id)}
              maxLength={planLimits.narrative}
              rows={5}
              lang={locale}
              dir={directionOf(locale)}
            />
          );
        }}
      </LocaleTabs>
      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-900">{t("evidence")}</legend>
        <TextField label={t("evidenceTitle")} {...field("evidenceTitle", id)} maxLength={200} />
        <TextField
          id={id("evidence")}
          name="evidence"
          type="file"
          label={t("evidenceFile")}
          hint={t("evidenceHint")}
          errors={errors.evidence}
          accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.webp"
        />
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? forms("saving") : report ? t("resubmit") : t("submit")}
      </button>
    </form>
  );
}

/** ROCB staff's review: accept, or return with a comment. */
export function ReviewForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("StaffPlans");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, field } = useEditorForm(reviewReportAction, {});
  const id = (name: string) => `review-${name}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} labels={{ comment: t("comment") }} idFor={id} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        label={t("comment")}
        hint={t("commentHint")}
        {...field("comment", id)}
        maxLength={planLimits.comment}
        rows={3}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="accept" disabled={pending} className={buttonClass("primary")}>
          {pending ? forms("saving") : t("accept")}
        </button>
        <button type="submit" name="decision" value="return" disabled={pending} className={buttonClass("plain")}>
          {t("return")}
        </button>
      </div>
    </form>
  );
}
