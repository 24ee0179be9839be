"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import { addOutcomeAction, updateOutcomeAction } from "@/lib/actions/meeting-outcomes";
import { itemLimits, itemTextName, outcomeKinds } from "@/lib/validation/meeting-items";
import { FormMessage, SelectField, TextAreaField } from "@/components/ui/form-fields";
import { LocaleTabs } from "./locale-tabs";

export type OutcomeValues = { id: string; kind: string; texts: Partial<Record<AppLocale, string>> };

/** Adds an outcome or decision, or edits one: its kind and its text per language. */
export function OutcomeForm({ meetingId, version, outcome }: { meetingId: string; version: number; outcome?: OutcomeValues }) {
  const t = useTranslations("StaffMeetings");
  const meetings = useTranslations("Meetings");
  const forms = useTranslations("Forms");
  const languages = useTranslations("Languages");
  const [state, action, pending] = useActionState(outcome ? updateOutcomeAction : addOutcomeAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: string, saved: string) => (failed?.values && name in failed.values ? String(failed.values[name] ?? "") : saved);
  const prefix = outcome ? `outcome-${outcome.id}` : "outcome-new";
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {outcome ? <input type="hidden" name="itemId" value={outcome.id} /> : null}
      <div className="max-w-xs">
        <SelectField
          id={`${prefix}-kind`}
          name="kind"
          label={t("field.outcomeKind")}
          errors={errors.kind}
          defaultValue={value("kind", outcome?.kind ?? "OUTCOME")}
          options={outcomeKinds.map((kind) => ({ value: kind, label: kind === "DECISION" ? meetings("decision") : meetings("outcome") }))}
        />
      </div>
      <LocaleTabs
        idPrefix={prefix}
        label={t("itemTexts")}
        errorsKey={state}
        tabs={locales.map((locale) => ({
          id: locale,
          label: languages(locale),
          lang: locale,
          hasError: !!errors[itemTextName("text", locale)],
          errorNote: t("tabHasErrors"),
        }))}
      >
        {(id) => {
          const locale = id as AppLocale;
          return (
            <TextAreaField
              id={`${prefix}-${itemTextName("text", locale)}`}
              name={itemTextName("text", locale)}
              label={t("field.text")}
              hint={locale === "en" ? t("hint.textEnglish") : undefined}
              errors={errors[itemTextName("text", locale)]}
              defaultValue={value(itemTextName("text", locale), outcome?.texts[locale] ?? "")}
              maxLength={itemLimits.text}
              rows={4}
              lang={locale}
              dir={directionOf(locale)}
            />
          );
        }}
      </LocaleTabs>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? forms("saving") : outcome ? t("saveItem") : t("addOutcome")}
      </button>
    </form>
  );
}
