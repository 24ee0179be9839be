import type { AppLocale } from "@/i18n/routing";
import { pickTranslation } from "./translation";

/**
 * An indicator's name and unit in the reader's language (the usual
 * fallback): the unit of the same translation as the name, else the
 * indicator's own ("officers" where no Arabic unit was given).
 */
export function indicatorText(
  indicator: { unit: string; translations: { locale: string; name: string; unit: string }[] },
  locale: AppLocale,
) {
  const picked = pickTranslation(indicator.translations, locale);
  return { name: picked?.name ?? "", nameLocale: picked?.locale ?? "en", unit: picked?.unit || indicator.unit };
}
