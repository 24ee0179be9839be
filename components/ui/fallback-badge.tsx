import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

export async function FallbackBadge({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Translation" });
  return (
    <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
      {t("fallbackNoticeShort")}
    </p>
  );
}
