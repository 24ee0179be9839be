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
  const { state, formAction, pending, errors, value, field } = useEditorForm(
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
              label={t("planTitle")}
              {...field(localeFieldName(locale, "title"), id)}
              maxLength={planLimits.title}
              lang={locale}
              dir={directionOf(locale)}
            />
            <TextAreaField
              label={t("planSummary")}
              {...field(localeFieldName(locale, "summary"), id)}
              maxLength={planLimits.summary}
              rows={3}
              lang={locale}
              dir={directionOf(locale)}
            />
          </div>
        )}
      </LocaleTabs>
      <div className="grid gap-4 sm:grid-cols-2">
        {regions ? <SelectField label={t("region")} {...field("regionId", id)} options={regions} /> : null}
        <TextField type="date" label={t("periodStart")} {...field("periodStart", id)} />
        <TextField type="date" label={t("periodEnd")} {...field("periodEnd", id)} />
        <SelectField
          id={id("status")}
          name="status"
          label={plans("statusLabel")}
          errors={errors.status}
          defaultValue={value("status") || "DRAFT"}
          options={planStatuses.map((s) => ({ value: s, label: plans(`planStatus.${s}`) }))}
        />
        <TextField label={t("slug")} {...field("slug", id)} />
        <SelectField
          label={plans("adoptedAt")}
          {...field("adoptedAtMeetingId", id)}
          options={[none("—"), ...meetings]}
        />
        <SelectField label={plans("decision")} {...field("decisionId", id)} options={[none("—"), ...decisions]} />
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
  const { state, formAction, pending, errors, value, values, field } = useEditorForm(
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
        ...locales.flatMap((locale) =>
          (["name", "unit"] as const).map((part) => [
            `indicators.${i}.${localeFieldName(locale, part)}`,
            `${row}: ${editor("fieldInLanguage", {
              field: t(part === "name" ? "indicatorName" : "indicatorUnitInLanguage"),
              language: languageName(locale, reader),
            })}`,
          ]),
        ),
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
              label={t("activityTitle")}
              {...field(localeFieldName(locale, "title"), id)}
              maxLength={planLimits.title}
              lang={locale}
              dir={directionOf(locale)}
            />
            <TextAreaField
              label={t("activityDescription")}
              {...field(localeFieldName(locale, "description"), id)}
              maxLength={planLimits.description}
              rows={2}
              lang={locale}
              dir={directionOf(locale)}
            />
          </div>
        )}
      </LocaleTabs>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("responsible")} {...field("responsibleStructureId", id)} options={structures} />
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
        <TextField type="date" label={plans("plannedStart")} {...field("plannedStart", id)} />
        <TextField type="date" label={plans("plannedEnd")} {...field("plannedEnd", id)} />
        <TextField type="date" label={plans("actualStart")} {...field("actualStart", id)} />
        <TextField type="date" label={plans("actualEnd")} {...field("actualEnd", id)} />
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
                  <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                    <TextField
                      label={t("indicatorName")}
                      {...field(f(localeFieldName(locale, "name")), id)}
                      maxLength={planLimits.name}
                      lang={locale}
                      dir={directionOf(locale)}
                    />
                    {locale === "en" ? null : (
                      <TextField
                        label={t("indicatorUnitInLanguage")}
                        hint={t("indicatorUnitInLanguageHint")}
                        {...field(f(localeFieldName(locale, "unit")), id)}
                        maxLength={planLimits.unit}
                        lang={locale}
                        dir={directionOf(locale)}
                      />
                    )}
                  </div>
                )}
              </LocaleTabs>
              <div className="grid grid-cols-2 gap-3">
                <TextField type="number" min={0} step="any" label={t("indicatorTarget")} {...field(f("target"), id)} />
                <TextField label={t("indicatorUnit")} {...field(f("unit"), id)} maxLength={planLimits.unit} />
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
