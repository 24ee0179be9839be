"use client";

import { useTranslations } from "next-intl";
import { directionOf, locales } from "@/i18n/routing";
import { updateOrganizationAction } from "@/lib/actions/organizations";
import type { Option } from "@/lib/data/list-options";
import { localeFieldName } from "@/lib/validation/form-fields";
import { organizationNameMax } from "@/lib/validation/organizations";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

/**
 * An organization's details: its name in each language (English required:
 * every page falls back to it), kind, country and website. After a refusal
 * every field keeps what was typed; a stale page is refused.
 */
export function OrganizationForm({
  id,
  version,
  initial,
  kinds,
  countries,
}: {
  id: string;
  version: number;
  initial: Record<string, string>;
  kinds: Option[];
  countries: Option[];
}) {
  const t = useTranslations("StaffOrganizations");
  const languages = useTranslations("Languages");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, value } = useEditorForm(updateOrganizationAction, initial);
  const labels: Record<string, string> = {
    ...Object.fromEntries(locales.map((l) => [localeFieldName(l, "name"), `${t("name")} (${languages(l)})`])),
    kind: t("kind"),
    countryCode: t("country"),
    website: t("website"),
  };
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("namesTitle")}</legend>
        {locales.map((locale) => (
          <TextField
            key={locale}
            name={localeFieldName(locale, "name")}
            label={languages(locale)}
            hint={locale === "en" ? t("nameEnglishHint") : undefined}
            errors={errors[localeFieldName(locale, "name")]}
            defaultValue={value(localeFieldName(locale, "name"))}
            maxLength={organizationNameMax}
            lang={locale}
            dir={directionOf(locale)}
            required={locale === "en"}
          />
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="kind" label={t("kind")} errors={errors.kind} defaultValue={value("kind")} options={kinds} />
        <SelectField
          name="countryCode"
          label={t("country")}
          errors={errors.countryCode}
          defaultValue={value("countryCode")}
          options={[{ value: "", label: t("noCountry") }, ...countries]}
        />
        <TextField
          name="website"
          type="url"
          label={t("website")}
          errors={errors.website}
          defaultValue={value("website")}
          dir="ltr"
        />
      </div>
      {/* A short form: a plain button (the sticky save bar is for long ones). */}
      <button type="submit" disabled={pending} className={buttonClass("primary", "xl")}>
        {pending ? forms("saving") : forms("save")}
      </button>
    </form>
  );
}
