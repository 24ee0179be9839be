// One numbering system per locale, pinned, so that digits never depend on the
// ICU version of the server or the browser. CLDR 46 changed the default digits
// of Arabic ("ar") from Arabic-Indic (arab, ١٢٣) to Latin (latn, 123)
// (unicode-org/cldr#3678, CLDR-17553): Node and browsers of different ages
// disagree, and a page rendered on one and hydrated on the other mixes both
// (amannn/next-intl#528). The Arabic interface text already writes its digits
// in Latin ("2 ميغابايت", "15 دقيقة"), so Arabic is pinned to latn. Every
// Intl formatter of numbers or dates takes its locale from intlLocale(), and
// ICU messages format numbers with `{n, number, integer}` (see messageFormats).
import type { AppLocale } from "@/i18n/routing";

export const numberingSystems: Readonly<Record<AppLocale, "latn" | "arab">> = {
  en: "latn",
  fr: "latn",
  es: "latn",
  ru: "latn",
  ar: "latn",
};

/**
 * The regional variant each locale formats with. The site declares British
 * English (en-GB, see lib/seo/metadata.ts): "12–15 October 2021", 24-hour
 * times; plain "en" would be US style ("October 12 – 15, 2021", "09:00 AM").
 */
export const formattingRegions: Readonly<Record<AppLocale, string>> = {
  en: "en-GB",
  fr: "fr",
  es: "es",
  ru: "ru",
  ar: "ar",
};

/** The BCP 47 tag for Intl.DateTimeFormat and Intl.NumberFormat: the locale with its pinned digits ("ar-u-nu-latn", "en-GB-u-nu-latn"). */
export function intlLocale(locale: AppLocale): string {
  return `${formattingRegions[locale]}-u-nu-${numberingSystems[locale]}`;
}

/**
 * next-intl's global formats. ICU's `#` and a bare `{n, number}` format with the
 * locale's default digits, which is what varies; `{n, number, integer}` uses
 * this format and so the pinned digits.
 */
export function messageFormats(locale: AppLocale) {
  return { number: { integer: { maximumFractionDigits: 0, numberingSystem: numberingSystems[locale] } } };
}
