// Per-field translations with the English fallback of PRODUCT.md: the
// visitor's locale if published, else English, else any published one.
import { locales, type AppLocale } from "@/i18n/routing";

export type Localized<T> = T & { locale: AppLocale; isFallback: boolean };

export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  locale: AppLocale,
): Localized<T> | null {
  const byLocale = new Map(translations.map((t) => [t.locale, t]));
  const order: AppLocale[] = [locale, "en", ...locales.filter((l) => l !== locale && l !== "en")];
  for (const candidate of order) {
    const found = byLocale.get(candidate);
    if (found) return { ...found, locale: candidate, isFallback: candidate !== locale };
  }
  return null;
}

/** The locales to load for a visitor: theirs and the English fallback. */
export function fallbackChain(locale: AppLocale): AppLocale[] {
  return locale === "en" ? ["en"] : [locale, "en"];
}
