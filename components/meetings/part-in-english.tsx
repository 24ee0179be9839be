import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/**
 * The short notice above a part of a page shown in English because the
 * visitor's language has no translation of it (the part itself carries
 * lang="en").
 */
export async function PartInEnglish({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Translation" });
  return (
    <p role="note" lang={locale} data-testid="part-in-english" className="text-sm text-amber-950 italic">
      {t("partInEnglish")}
    </p>
  );
}

/**
 * The marker after a document's title when it is shown in English on a page
 * in another language (a document has one title, in its own language): the
 * title carries lang="en", the marker ("Shown in English", the badge of the
 * meeting cards) the visitor's language.
 */
export async function TitleInEnglish({ locale, titleLanguage }: { locale: AppLocale; titleLanguage: string }) {
  if (titleLanguage !== "en" || locale === "en") return null;
  const t = await getTranslations({ locale, namespace: "Translation" });
  return (
    <span
      lang={locale}
      data-testid="title-in-english"
      className="ms-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
    >
      {t("fallbackNoticeShort")}
    </span>
  );
}
