import type { AppLocale } from "@/i18n/routing";
import { countryName } from "./format";

/** Countries named by Intl.DisplayNames and sorted in the visitor's collation (Intl.Collator). */
export function sortedCountryNames(codes: string[], locale: AppLocale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
