"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/form-state";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import { languageName } from "@/lib/content/language-names";
import { createActivityAction, createPlanAction, updateActivityAction, updatePlanAction } from "@/lib/actions/plans";
import { activityStatuses } from "@/lib/content/plan-progress";
import type { Option } from "@/lib/data/list-options";
import { localeFieldName } from "@/lib/validation/form-fields";
import { planLimits, planStatuses } from "@/lib/validation/plans";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

const button = buttonClass("primary");
const none = (label: string): Option => ({ value: "", label });

/** The errors of one indicator row, named as in a form of its own ("indicators.0.t.fr.name" → "t.fr.name"), for its language tabs. */
const rowErrors = (errors: FieldErrors, prefix: string): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([name, messages]) =>
      name.startsWith(prefix) ? [[name.slice(prefix.length), messages]] : [],
    ),
  );

/** A plan's period, status, adopting meeting and decision, and title and summary per language. */
export function PlanForm({
  plan,
  initial,
  meetings,
  decisions,
  regions,
  formToken,
}: {
  plan?: { id: string; version: number };
  /** A new plan's one-time token (the same form sent twice creates one plan). */
  formToken?: string;
  initial: Record<string, string>;
  meetings: Option[];
  decisions: Option[];
  regions?: Option[];
}) {
  const t = useTranslations("StaffPlans");
  const plans = useTranslations("Plans");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, value } = useEditorForm(
    plan ? updatePlanAction : createPlanAction,
    initial,
  );
  const id = (name: string) => `plan-${name}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert
        state={state}
        labels={{ "t.*.title": t("planTitle"), periodEnd: plans("plannedEnd"), decisionId: plans("decision") }}
        idFor={id}
      />
      {plan ? (
        <>
          <input type="hidden" name="planId" value={plan.id} />
          <input type="hidden" name="version" value={plan.version} />
        </>
      ) : (
        <input type="hidden" name="formToken" value={formToken} />
      )}
      <LocaleTabs label={t("planTexts")} errors={errors}>
        {(locale) => (
          <div className="space-y-3">
            <TextField
              id={id(localeFieldName(locale, "title"))}
              name={localeFieldName(locale, "title")}
              label={t("planTitle")}
              errors={errors[localeFieldName(locale, "title")]}
              defaultValue={value(localeFieldName(locale, "title"))}
              maxLength={planLimits.title}
              lang={locale}
              dir={directionOf(locale)}
            />
            <TextAreaField
              id={id(localeFieldName(locale, "summary"))}
              name={localeFieldName(locale, "summary")}
              label={t("planSummary")}
              errors={errors[localeFieldName(locale, "summary")]}
              defaultValue={value(localeFieldName(locale, "summary"))}
              maxLength={planLimits.summary}
              rows={3}
              lang={locale}
              dir={directionOf(locale)}
            />
          </div>
        )}
      </LocaleTabs>
      <div className="grid gap-4 sm:grid-cols-2">
        {regions ? (
          <SelectField
            id={id("regionId")}
            name="regionId"
            label={t("region")}
            errors={errors.regionId}
            defaultValue={value("regionId")}
            options={regions}
          />
        ) : null}
        <TextField
          id={id("periodStart")}
          name="periodStart"
          type="date"
          label={t("periodStart")}
          errors={errors.periodStart}
          defaultValue={value("periodStart")}
        />
        <TextField
          id={id("periodEnd")}
          name="periodEnd"
          type="date"
          label={t("periodEnd")}
          errors={errors.periodEnd}
          defaultValue={value("periodEnd")}
        />
        <SelectField
          id={id("status")}
          name="status"
          label={plans("statusLabel")}
          errors={errors.status}
          defaultValue={value("status") || "DRAFT"}
          options={planStatuses.map((s) => ({ value: s, label: plans(`planStatus.${s}`) }))}
        />
        <TextField id={id("slug")} name="slug" label={t("slug")} errors={errors.slug} defaultValue={value("slug")} />
        <SelectField
          id={id("adoptedAtMeetingId")}
          name="adoptedAtMeetingId"
          label={plans("adoptedAt")}
          errors={errors.adoptedAtMeetingId}
          defaultValue={value("adoptedAtMeetingId")}
          options={[none("—"), ...meetings]}
        />
        <SelectField
          id={id("decisionId")}
          name="decisionId"
          label={plans("decision")}
          errors={errors.decisionId}
          defaultValue={value("decisionId")}
          options={[none("—"), ...decisions]}
        />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {pending ? forms("saving") : t("savePlan")}
      </button>
    </form>
  );
}

/** An activity: responsible structure, partners, planned and actual dates, status, texts per language, up to three indicators. */
export function ActivityForm({
  planId,
  version,
  activityId,
  initial,
  structures,
  organizations,
  partners,
}: {
  planId: string;
  version: number;
  activityId?: string;
  initial: Record<string, string>;
  structures: Option[];
  organizations: Option[];
  partners: { structures: string[]; organizations: string[] };
}) {
  const t = useTranslations("StaffPlans");
  const plans = useTranslations("Plans");
  const forms = useTranslations("Forms");
  const editor = useTranslations("StaffEditor");
  const reader = useLocale() as AppLocale;
  const { state, formAction, pending, errors, value, values } = useEditorForm(
    activityId ? updateActivityAction : createActivityAction,
    initial,
  );
  const id = (name: string) => `activity-${activityId ?? "new"}-${name}`;
  // The saved indicators and one empty row to add another (at least three rows).
  const saved = Object.keys(initial).filter((k) => /^indicators\.\d+\.unit$/.test(k)).length;
  const rows = Math.min(planLimits.indicators, Math.max(3, saved + 1));
  const indicatorLabels = Object.fromEntries(
    Array.from({ length: rows }, (_, i) => {
      const row = t("indicatorRow", { n: i + 1 });
      return [
        ...locales.map((locale) => [
          `indicators.${i}.${localeFieldName(locale, "name")}`,
          `${row}: ${editor("fieldInLanguage", { field: t("indicatorName"), language: languageName(locale, reader) })}`,
        ]),
        [`indicators.${i}.target`, `${row}: ${t("indicatorTarget")}`],
        [`indicators.${i}.unit`, `${row}: ${t("indicatorUnit")}`],
      ];
    }).flat(),
  );
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert
        state={state}
        labels={{
          "t.*.title": t("activityTitle"),
          responsibleStructureId: t("responsible"),
          plannedEnd: plans("plannedEnd"),
          actualEnd: plans("actualEnd"),
          ...indicatorLabels,
        }}
        idFor={id}
      />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      {activityId ? <input type="hidden" name="activityId" value={activityId} /> : null}
      <LocaleTabs label={t("activityTexts")} errors={errors}>
        {(locale) => (
          <div className="space-y-3">
            <TextField
              id={id(localeFieldName(locale, "title"))}
              name={localeFieldName(locale, "title")}
              label={t("activityTitle")}
              errors={errors[localeFieldName(locale, "title")]}
              defaultValue={value(localeFieldName(locale, "title"))}
              maxLength={planLimits.title}
              lang={locale}
              dir={directionOf(locale)}
            />
            <TextAreaField
              id={id(localeFieldName(locale, "description"))}
              name={localeFieldName(locale, "description")}
              label={t("activityDescription")}
              errors={errors[localeFieldName(locale, "description")]}
              defaultValue={value(localeFieldName(locale, "description"))}
              maxLength={planLimits.description}
              rows={2}
              lang={locale}
              dir={directionOf(locale)}
            />
          </div>
        )}
      </LocaleTabs>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id("responsibleStructureId")}
          name="responsibleStructureId"
          label={t("responsible")}
          errors={errors.responsibleStructureId}
          defaultValue={value("responsibleStructureId")}
          options={structures}
        />
        <SelectField
          id={id("status")}
          name="status"
          label={plans("statusLabel")}
          errors={errors.status}
          defaultValue={value("status") || "PLANNED"}
          options={activityStatuses.map((s) => ({ value: s, label: plans(`status.${s}`) }))}
        />
        <SelectField
          id={id("partnerStructureIds")}
          name="partnerStructureIds"
          multiple
          label={t("partnerStructures")}
          errors={errors.partnerStructureIds}
          defaultValue={values("partnerStructureIds", partners.structures)}
          options={structures}
        />
        <SelectField
          id={id("partnerOrganizationIds")}
          name="partnerOrganizationIds"
          multiple
          label={t("partnerOrganizations")}
          errors={errors.partnerOrganizationIds}
          defaultValue={values("partnerOrganizationIds", partners.organizations)}
          options={organizations}
        />
        <TextField
          id={id("plannedStart")}
          name="plannedStart"
          type="date"
          label={plans("plannedStart")}
          errors={errors.plannedStart}
          defaultValue={value("plannedStart")}
        />
        <TextField
          id={id("plannedEnd")}
          name="plannedEnd"
          type="date"
          label={plans("plannedEnd")}
          errors={errors.plannedEnd}
          defaultValue={value("plannedEnd")}
        />
        <TextField
          id={id("actualStart")}
          name="actualStart"
          type="date"
          label={plans("actualStart")}
          errors={errors.actualStart}
          defaultValue={value("actualStart")}
        />
        <TextField
          id={id("actualEnd")}
          name="actualEnd"
          type="date"
          label={plans("actualEnd")}
          errors={errors.actualEnd}
          defaultValue={value("actualEnd")}
        />
      </div>
      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold text-slate-900">{plans("indicators")}</legend>
        <p className="text-sm text-slate-700">{t("indicatorsHint")}</p>
        {Array.from({ length: rows }, (_, i) => {
          const f = (field: string) => `indicators.${i}.${field}`;
          return (
            <fieldset
              key={i}
              data-testid={`indicator-row-${i}`}
              className="min-w-0 space-y-3 rounded border border-slate-200 p-3"
            >
              <legend className="px-1 text-sm font-semibold text-slate-900">{t("indicatorRow", { n: i + 1 })}</legend>
              {value(f("id")) ? <input type="hidden" name={f("id")} value={value(f("id"))} /> : null}
              <LocaleTabs label={t("indicatorNames", { n: i + 1 })} errors={rowErrors(errors, f(""))}>
                {(locale) => (
                  <TextField
                    id={id(f(localeFieldName(locale, "name")))}
                    name={f(localeFieldName(locale, "name"))}
                    label={t("indicatorName")}
                    errors={errors[f(localeFieldName(locale, "name"))]}
                    defaultValue={value(f(localeFieldName(locale, "name")))}
                    maxLength={planLimits.name}
                    lang={locale}
                    dir={directionOf(locale)}
                  />
                )}
              </LocaleTabs>
              <div className="grid grid-cols-2 gap-3">
                <TextField
                  id={id(f("target"))}
                  name={f("target")}
                  type="number"
                  min={0}
                  step="any"
                  label={t("indicatorTarget")}
                  errors={errors[f("target")]}
                  defaultValue={value(f("target"))}
                />
                <TextField
                  id={id(f("unit"))}
                  name={f("unit")}
                  label={t("indicatorUnit")}
                  errors={errors[f("unit")]}
                  defaultValue={value(f("unit"))}
                  maxLength={planLimits.unit}
                />
              </div>
            </fieldset>
          );
        })}
      </fieldset>
      <button type="submit" disabled={pending} className={button}>
        {pending ? forms("saving") : activityId ? t("saveActivity") : t("addActivity")}
      </button>
    </form>
  );
}
