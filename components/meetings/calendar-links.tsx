import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { webcalUrl } from "@/lib/seo/metadata";

/** A calendar to subscribe to (webcal:, refreshed by the calendar app) and the same file to download. */
export async function CalendarLinks({ locale, path }: { locale: AppLocale; path: string }) {
  const t = await getTranslations({ locale, namespace: "Meetings" });
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a href={webcalUrl(locale, path)} className="font-medium text-brand-700 underline">
        {t("subscribe")}
      </a>
      <a href={`/${locale}${path}`} className="text-brand-700 underline" type="text/calendar">
        {t("downloadIcs")}
      </a>
    </p>
  );
}
