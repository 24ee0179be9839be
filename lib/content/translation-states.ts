// The state of each language of a record, as staff screens show it (one chip
// per language: published, draft or not written).
import { locales, type AppLocale } from "@/i18n/routing";
import { pickTranslation } from "./translation";

export type TranslationState = "PUBLISHED" | "DRAFT" | "MISSING";
export type TranslationStates = Record<AppLocale, TranslationState>;

/** Published / draft / missing for each of the five languages. */
export function translationStates(translations: readonly { locale: string; status: string }[]): TranslationStates {
  const byLocale = new Map(translations.map((t) => [t.locale, t.status as TranslationState]));
  return Object.fromEntries(locales.map((l) => [l, byLocale.get(l) ?? "MISSING"])) as TranslationStates;
}

/** A title for staff screens: any translation, drafts included, in the reader's language first. */
export function staffTitle(
  translations: readonly { locale: string; title: string }[],
  locale: AppLocale,
  fallback: string,
) {
  const picked = pickTranslation(
    translations.filter((t) => t.title),
    locale,
  );
  return { title: picked?.title ?? fallback, titleLocale: picked?.locale ?? "en" };
}
