"use client";

import { useTranslations } from "next-intl";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { addOutcomeAction, updateOutcomeAction } from "@/lib/actions/meeting-outcomes";
import { localeFieldName } from "@/lib/validation/form-fields";
import { itemLimits, outcomeKinds } from "@/lib/validation/meeting-items";
import { SelectField, TextAreaField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

export type OutcomeValues = { id: string; kind: string; texts: Partial<Record<AppLocale, string>> };

/** Adds an outcome or decision, or edits one: its kind and its text per language. */
export function OutcomeForm({
  meetingId,
  version,
  outcome,
}: {
  meetingId: string;
  version: number;
  outcome?: OutcomeValues;
}) {
  const t = useTranslations("StaffMeetings");
  const meetings = useTranslations("Meetings");
  const forms = useTranslations("Forms");
  const initial: Record<string, string> = { kind: outcome?.kind ?? "OUTCOME" };
  for (const [locale, text] of Object.entries(outcome?.texts ?? {}))
    initial[localeFieldName(locale as AppLocale, "text")] = text ?? "";
  const { state, formAction, pending, errors, value } = useEditorForm(
    outcome ? updateOutcomeAction : addOutcomeAction,
    initial,
  );
  const prefix = outcome ? `outcome-${outcome.id}` : "outcome-new";
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} labels={{ kind: t("field.outcomeKind"), "t.*.text": t("field.text") }} idFor={id} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {outcome ? <input type="hidden" name="itemId" value={outcome.id} /> : null}
      <div className="max-w-xs">
        <SelectField
          id={id("kind")}
          name="kind"
          label={t("field.outcomeKind")}
          errors={errors.kind}
          defaultValue={value("kind")}
          options={outcomeKinds.map((kind) => ({
            value: kind,
            label: kind === "DECISION" ? meetings("decision") : meetings("outcome"),
          }))}
        />
      </div>
      <LocaleTabs label={t("itemTexts")} errors={errors}>
        {(locale) => {
          const name = localeFieldName(locale, "text");
          return (
            <TextAreaField
              id={id(name)}
              name={name}
              label={t("field.text")}
              hint={locale === "en" ? t("hint.textEnglish") : undefined}
              errors={errors[name]}
              defaultValue={value(name)}
              maxLength={itemLimits.text}
              rows={4}
              lang={locale}
              dir={directionOf(locale)}
            />
          );
        }}
      </LocaleTabs>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? forms("saving") : outcome ? t("saveItem") : t("addOutcome")}
      </button>
    </form>
  );
}
