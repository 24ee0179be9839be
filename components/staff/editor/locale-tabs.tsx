"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import type { FieldErrors } from "@/lib/actions/form-state";
import type { TranslationState } from "@/lib/content/translation-states";
import { localeOfField } from "@/lib/validation/form-fields";
import { useHydrated } from "./use-hydrated";

/** Field errors per language, from field names like "t.fr.title". */
export function errorsPerLocale(errors: FieldErrors): Record<AppLocale, number> {
  const counts = Object.fromEntries(locales.map((l) => [l, 0])) as Record<AppLocale, number>;
  for (const name of Object.keys(errors)) {
    const locale = localeOfField(name);
    if (locale) counts[locale] += 1;
  }
  return counts;
}

/**
 * The one language tabs of the staff forms (WAI-ARIA tabs: arrow keys,
 * mirrored right to left, Home, End). Every panel stays in the form, so all
 * languages are saved together; a tab shows its translation's state and
 * whether it holds errors, and a new set of errors opens the first tab with
 * one. Without JavaScript (or before hydration) every language is shown, one
 * under the other, so each can be edited.
 */
export function LocaleTabs({
  label,
  states,
  errors = {},
  children,
}: {
  label: string;
  /** The saved state of each translation (chips); omit for parts without their own publication. */
  states?: Record<AppLocale, TranslationState>;
  errors?: FieldErrors;
  children: (locale: AppLocale) => ReactNode;
}) {
  const t = useTranslations("StaffEditor");
  const languages = useTranslations("Languages");
  const rtl = directionOf(useLocale() as AppLocale) === "rtl";
  const hydrated = useHydrated();
  const base = useId();
  const tabs = useRef<Partial<Record<AppLocale, HTMLButtonElement | null>>>({});
  const [selected, setSelected] = useState<AppLocale>("en");
  const [seenErrors, setSeenErrors] = useState(errors);
  const counts = errorsPerLocale(errors);
  if (errors !== seenErrors) {
    // A new result (adjusted during render, not in an effect): show the first language with an error.
    setSeenErrors(errors);
    const first = locales.find((l) => counts[l] > 0);
    if (first && !counts[selected]) setSelected(first);
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | null = step ? (index + step + locales.length) % locales.length : null;
    if (event.key === "Home") next = 0;
    if (event.key === "End") next = locales.length - 1;
    if (next === null) return;
    event.preventDefault();
    setSelected(locales[next]);
    tabs.current[locales[next]]?.focus();
  }

  const stateText = (state: TranslationState | undefined) => (state ? t(`translation.${state}`) : null);

  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        hidden={!hydrated}
        className="flex gap-1 overflow-x-auto border-b border-slate-300"
      >
        {locales.map((locale, index) => {
          const active = locale === selected;
          const state = states?.[locale];
          return (
            <button
              key={locale}
              ref={(el) => {
                tabs.current[locale] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${locale}`}
              aria-controls={`${base}-panel-${locale}`}
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(locale)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px shrink-0 rounded-t border px-3 py-2 text-start text-sm ${active ? "border-slate-300 border-b-white bg-white font-semibold text-brand-900" : "border-transparent text-slate-700 hover:bg-slate-100"}`}
            >
              <span lang={locale} className="block">
                {languages(locale)}
              </span>
              {state ? (
                <span className={`block text-xs ${state === "PUBLISHED" ? "text-green-800" : "text-slate-600"}`}>
                  {stateText(state)}
                </span>
              ) : null}
              {counts[locale] > 0 ? (
                <span className="block text-xs font-semibold text-red-700">
                  <span aria-hidden="true">⚠ </span>
                  {t("tabHasErrors")}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {locales.map((locale) => (
        <div
          key={locale}
          role={hydrated ? "tabpanel" : "group"}
          id={`${base}-panel-${locale}`}
          aria-labelledby={hydrated ? `${base}-tab-${locale}` : `${base}-heading-${locale}`}
          hidden={hydrated && locale !== selected}
          className={
            hydrated
              ? "space-y-5 rounded-b border border-t-0 border-slate-300 bg-white p-4"
              : "mb-4 space-y-5 rounded border border-slate-300 bg-white p-4"
          }
        >
          {hydrated ? null : (
            <h3 id={`${base}-heading-${locale}`} lang={locale} className="text-base font-semibold text-brand-900">
              {languages(locale)}
              {states?.[locale] ? (
                <span className="ms-2 text-sm font-normal text-slate-600">{stateText(states[locale])}</span>
              ) : null}
            </h3>
          )}
          {children(locale)}
        </div>
      ))}
    </div>
  );
}
