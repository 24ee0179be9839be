"use client";

import { useTranslations } from "next-intl";
import { CITY_NAMES_MARKER, cityNameField, cityNameLocales } from "@/lib/validation/city-names";
import { TextField } from "@/components/ui/form-fields";

/**
 * The city's name in the other languages (empty: shown as in English). The
 * names belong to the city: every meeting and structure there shows them.
 */
export function CityNameFields({
  value,
  errors,
}: {
  value: (name: string) => string;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("StaffMeetings");
  const languages = useTranslations("Languages");
  return (
    <fieldset className="rounded border border-slate-200 p-3 sm:col-span-2">
      <legend className="px-1 text-sm font-medium text-slate-800">{t("cityNames")}</legend>
      <input type="hidden" name={CITY_NAMES_MARKER} value="1" />
      <p className="mb-2 text-xs text-slate-600">{t("cityNamesHint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {cityNameLocales.map((locale) => (
          <TextField
            key={locale}
            name={cityNameField(locale)}
            label={languages(locale)}
            errors={errors[cityNameField(locale)]}
            defaultValue={value(cityNameField(locale))}
            lang={locale}
            dir="auto"
            autoComplete="off"
          />
        ))}
      </div>
    </fieldset>
  );
}
