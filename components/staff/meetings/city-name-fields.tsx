"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { lookupCityNamesAction } from "@/lib/actions/places";
import {
  CITY_NAMES_FOR,
  CITY_NAMES_MARKER,
  cityKey,
  cityNameField,
  cityNameLocales,
  cityNameRemoveField,
  type CityNames,
} from "@/lib/validation/city-names";
import { TextField } from "@/components/ui/form-fields";

export type CityNamesOnPages = {
  names: CityNames;
  pages: { href: string; title: string }[];
  total: number;
};

/**
 * The city's name in the other languages, prefilled with the names it has
 * now (the gazetteer): an empty field changes nothing. Removing a name is its
 * own checkbox, beside a warning that lists the public pages showing the
 * city. With JavaScript, choosing another country or city fills the empty
 * fields with that city's names; the removals, which belong to the city the
 * page was loaded with, are then set aside.
 */
export function CityNameFields({
  value,
  errors,
  city,
}: {
  value: (name: string) => string;
  errors: Record<string, string[] | undefined>;
  city?: CityNamesOnPages | null;
}) {
  const t = useTranslations("StaffMeetings");
  const languages = useTranslations("Languages");
  const box = useRef<HTMLFieldSetElement>(null);
  const removal = useRef<HTMLDivElement>(null);
  const loadedFor = value(CITY_NAMES_FOR);
  const removable = city ? cityNameLocales.filter((locale) => city.names[locale]) : [];

  useEffect(() => {
    const form = box.current?.form;
    if (!form) return;
    let asked = 0;
    async function prefill() {
      const country = (form!.elements.namedItem("countryCode") as HTMLSelectElement | null)?.value ?? "";
      const name = ((form!.elements.namedItem("city") as HTMLInputElement | null)?.value ?? "").trim();
      const moved = cityKey(country || null, name) !== loadedFor;
      if (removal.current) {
        removal.current.hidden = moved;
        for (const box of removal.current.querySelectorAll("input")) if (moved) box.checked = false;
      }
      if (!country || !name) return;
      const ask = ++asked;
      const result = await lookupCityNamesAction({ countryCode: country, city: name });
      if (ask !== asked || !result?.ok || !result.data) return;
      for (const locale of cityNameLocales) {
        const input = form!.elements.namedItem(cityNameField(locale)) as HTMLInputElement | null;
        if (!input) continue;
        // Only fields the user has not typed in: empty, or still showing what was filled in.
        const untouched = input.value === "" || input.value === input.dataset.prefilled;
        if (untouched) input.value = result.data[locale];
        input.dataset.prefilled = input.value;
      }
    }
    const onChange = (event: Event) => {
      const name = (event.target as HTMLInputElement).name;
      if (name === "countryCode" || name === "city") void prefill();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [loadedFor]);

  return (
    <fieldset ref={box} className="rounded border border-slate-200 p-3 sm:col-span-2">
      <legend className="px-1 text-sm font-medium text-slate-800">{t("cityNames")}</legend>
      <input type="hidden" name={CITY_NAMES_MARKER} value="1" />
      <input type="hidden" name={CITY_NAMES_FOR} value={loadedFor} />
      <p className="mb-2 text-xs text-slate-600">{t("cityNamesHint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {cityNameLocales.map((locale) => (
          <TextField
            key={locale}
            name={cityNameField(locale)}
            label={languages(locale)}
            errors={errors[cityNameField(locale)]}
            defaultValue={value(cityNameField(locale))}
            data-prefilled={value(cityNameField(locale))}
            lang={locale}
            dir="auto"
            autoComplete="off"
          />
        ))}
      </div>
      {city && removable.length ? (
        <div
          ref={removal}
          className="mt-4 space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
          data-testid="city-name-removal"
        >
          <p className="text-sm font-medium text-amber-950">{t("cityNameRemoveTitle")}</p>
          <p className="text-sm text-amber-950" id="city-name-removal-warning">
            {city.total ? t("cityNameRemoveWarning", { count: city.total }) : t("cityNameRemoveNoPages")}
          </p>
          {city.pages.length ? (
            <ul className="list-disc space-y-1 ps-5 text-sm text-amber-950">
              {city.pages.map((page) => (
                <li key={page.href}>
                  <Link href={page.href} className="inline-block py-0.5 underline" dir="auto">
                    {page.title}
                  </Link>
                </li>
              ))}
              {city.total > city.pages.length ? (
                <li>{t("cityNameRemoveMore", { count: city.total - city.pages.length })}</li>
              ) : null}
            </ul>
          ) : null}
          <ul className="space-y-1">
            {removable.map((locale) => (
              <li key={locale}>
                <label className="inline-flex items-center gap-2 text-sm text-slate-900">
                  <input
                    type="checkbox"
                    name={cityNameRemoveField(locale)}
                    value="1"
                    defaultChecked={value(cityNameRemoveField(locale)) === "1"}
                    aria-describedby="city-name-removal-warning"
                    className="h-4 w-4"
                  />
                  <span>
                    {t("cityNameRemove", { language: languages(locale) })}{" "}
                    <bdi lang={locale}>«{city.names[locale]}»</bdi>
                  </span>
                </label>
                {errors[cityNameRemoveField(locale)]?.length ? (
                  <p role="alert" className="text-sm font-medium text-red-700">
                    {errors[cityNameRemoveField(locale)]!.join(" ")}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
