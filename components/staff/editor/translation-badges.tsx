"use client";

// The status pills of the staff screens: one per language (the translation's
// state, readable without colour) and one for a record's own status. Client
// components without state: server pages and client forms both use them.
import { useTranslations } from "next-intl";
import { locales, type AppLocale } from "@/i18n/routing";
import type { TranslationState } from "@/lib/content/translation-states";

const stateStyle: Record<TranslationState, { className: string; mark: string }> = {
  PUBLISHED: { className: "border border-green-800 bg-green-700 text-white", mark: "✓" },
  DRAFT: { className: "border border-amber-600 bg-amber-50 text-amber-950", mark: "✎" },
  MISSING: { className: "border border-dashed border-slate-400 bg-white text-slate-700", mark: "–" },
};

/** EN ✓ · FR ✎ · ES – …: the code and a mark visibly, the full words for screen readers and on hover. */
export function TranslationBadges({ states, label }: { states: Record<AppLocale, TranslationState>; label?: string }) {
  const t = useTranslations("StaffEditor");
  const languages = useTranslations("Languages");
  return (
    <ul aria-label={label ?? t("translations")} className="flex flex-wrap gap-1">
      {locales.map((locale) => {
        const state = states[locale];
        const text = t("translationOf", { language: languages(locale), state: t(`translation.${state}`) });
        return (
          <li
            key={locale}
            title={text}
            className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase ${stateStyle[state].className}`}
          >
            <span aria-hidden="true" dir="ltr">
              {locale} {stateStyle[state].mark}
            </span>
            <span className="sr-only">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}

const statusClass: Record<string, string> = {
  DRAFT: "bg-amber-100 text-amber-950 ring-amber-300",
  PUBLISHED: "bg-green-100 text-green-950 ring-green-300",
  ARCHIVED: "bg-slate-200 text-slate-800 ring-slate-300",
};

/** Draft / Published / Archived. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("StaffEditor");
  const known = status === "PUBLISHED" || status === "ARCHIVED" ? status : "DRAFT";
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${statusClass[known]}`}
    >
      {t(`status.${known}`)}
    </span>
  );
}
