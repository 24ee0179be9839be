import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { getAlertTarget } from "@/lib/data/alerts/find-alert-targets";
import { alertScopes } from "@/lib/validation/alerts";
import { AlertCard } from "@/components/alerts/alert-card";
import { SubscribeForm } from "@/components/alerts/subscribe-form";

// The subscribe form again, with the visitor's input and what was wrong
// (app/api/alerts/subscribe sends them back here). Per request, never cached.

type Query = Record<"scope" | "target" | "email" | "content" | "frequency" | "language" | "error", string | string[]>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Partial<Query>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 254) : "");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("subscribeTitle"), robots: { index: false }, referrer: "same-origin" };
}

export default async function SubscribePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  const scope = alertScopes.find((s) => s === one(query.scope));
  const target = scope ? await getAlertTarget(scope, one(query.target), locale) : null;
  return (
    <AlertCard title={t("subscribeTitle")}>
      {scope && target ? (
        <SubscribeForm
          locale={locale}
          scope={scope}
          target={target.key}
          name={target.name}
          values={{
            email: one(query.email),
            content: one(query.content),
            frequency: one(query.frequency),
            language: one(query.language) || locale,
          }}
          error={one(query.error) || undefined}
        />
      ) : (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800">
          {t("error.unknownTarget")}
        </p>
      )}
    </AlertCard>
  );
}
