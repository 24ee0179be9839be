import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/**
 * The short notice above a part of a page shown in English because the
 * visitor's language has no translation of it (the part itself carries
 * lang="en"). A document needs none: its title carries its language, and its
 * line names that language in the visitor's.
 */
export async function PartInEnglish({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Translation" });
  return (
    <p role="note" lang={locale} data-testid="part-in-english" className="text-sm text-amber-950 italic">
      {t("partInEnglish")}
    </p>
  );
}
