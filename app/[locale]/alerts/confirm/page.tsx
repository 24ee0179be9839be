import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { AlertCard } from "@/components/alerts/alert-card";
import { Button } from "@/components/ui/button";

// The confirmation link opens this page; its button confirms
// (app/api/alerts/confirm). A link scanner that fetches the link confirms
// nothing.

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[]; error?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("confirmTitle"), robots: { index: false }, referrer: "same-origin" };
}

export default async function ConfirmPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const { token, error } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  const value = typeof token === "string" ? token.slice(0, 200) : "";
  return (
    <AlertCard title={t("confirmTitle")}>
      {error === "invalid" || !value ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800">
          {t("confirmInvalid")}
        </p>
      ) : (
        <>
          {error === "limited" ? (
            <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800">
              {t("confirmLimited")}
            </p>
          ) : null}
          <p className="text-slate-800">{t("confirmBody")}</p>
          <form method="post" action="/api/alerts/confirm">
            <input type="hidden" name="token" value={value} />
            <input type="hidden" name="locale" value={locale} />
            <Button>{t("confirmButton")}</Button>
          </form>
        </>
      )}
    </AlertCard>
  );
}
