import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/** The notice of PRODUCT.md, in the visitor's language, above fallback text. */
export async function FallbackNotice({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Translation" });
  return (
    <p
      role="note"
      lang={locale}
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      {t("fallbackNotice")}
    </p>
  );
}
