"use client";

import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { locales, type AppLocale } from "@/i18n/routing";

export type TabState = { status: "DRAFT" | "PUBLISHED" | null; errorCount: number };

/**
 * One tab per content language (WAI-ARIA tabs: arrow keys, Home, End). Every
 * panel stays in the form, hidden when not selected, so all languages are
 * saved together; a tab with field errors says so.
 */
export function LocaleTabs({ states, children, selected, onSelect }: {
  states: Record<AppLocale, TabState>;
  children: (locale: AppLocale) => ReactNode;
  selected: AppLocale;
  onSelect: (locale: AppLocale) => void;
}) {
  const t = useTranslations("StaffNews.editor");
  const languages = useTranslations("Languages");
  const rtl = useLocale() === "ar";
  const base = useId();
  const tabs = useRef<Partial<Record<AppLocale, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | null = step ? (index + step + locales.length) % locales.length : null;
    if (event.key === "Home") next = 0;
    if (event.key === "End") next = locales.length - 1;
    if (next === null) return;
    event.preventDefault();
    onSelect(locales[next]);
    tabs.current[locales[next]]?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={t("languages")} className="flex flex-wrap gap-1 border-b border-slate-300">
        {locales.map((locale, index) => {
          const state = states[locale];
          const active = locale === selected;
          const statusText = state.status === "PUBLISHED" ? t("published") : state.status === "DRAFT" ? t("draft") : t("notWritten");
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
              onClick={() => onSelect(locale)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px rounded-t border px-3 py-2 text-start text-sm ${active ? "border-slate-300 border-b-white bg-white font-semibold text-brand-900" : "border-transparent text-slate-700 hover:bg-slate-100"}`}
            >
              <span lang={locale} className="block">{languages(locale)}</span>
              <span className={`block text-xs ${state.status === "PUBLISHED" ? "text-green-800" : "text-slate-600"}`}>{statusText}</span>
              {state.errorCount > 0 ? (
                <span className="block text-xs font-semibold text-red-700">
                  <span aria-hidden="true">⚠ </span>
                  {t("hasErrors")}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {locales.map((locale) => (
        <div
          key={locale}
          role="tabpanel"
          id={`${base}-panel-${locale}`}
          aria-labelledby={`${base}-tab-${locale}`}
          hidden={locale !== selected}
          className="space-y-5 rounded-b border border-t-0 border-slate-300 bg-white p-4"
        >
          {children(locale)}
        </div>
      ))}
    </div>
  );
}

/** Field errors per language tab, from error keys like "t.fr.title". */
export function errorsPerLocale(fieldErrors: Record<string, string[]>, prefix = "t"): Record<AppLocale, number> {
  const counts = Object.fromEntries(locales.map((l) => [l, 0])) as Record<AppLocale, number>;
  for (const key of Object.keys(fieldErrors)) {
    const [head, locale] = key.split(".");
    if (head === prefix && (locales as readonly string[]).includes(locale)) counts[locale as AppLocale] += 1;
  }
  return counts;
}
