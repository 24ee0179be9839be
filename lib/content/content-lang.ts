import { directionOf, type AppLocale } from "@/i18n/routing";

/**
 * `lang` and `dir` for text from the database: English fallback text on the
 * Arabic site must run left to right (and Arabic text right to left elsewhere),
 * or its punctuation lands on the wrong side.
 */
export function contentLang(locale: AppLocale) {
  return { lang: locale, dir: directionOf(locale) } as const;
}
