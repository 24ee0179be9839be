import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { AlertCard } from "@/components/alerts/alert-card";

// After a subscribe request: the same answer whether or not the address
// already follows anything (nothing here depends on the request).

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("sentTitle"), robots: { index: false } };
}

export default async function SentPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return (
    <AlertCard title={t("sentTitle")}>
      <p role="status" className="text-slate-800">
        {t("sentBody")}
      </p>
    </AlertCard>
  );
}
