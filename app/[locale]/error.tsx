"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("message")}</p>
      <button type="button" onClick={reset} className={buttonClass("primary", "lg", "mt-6")}>
        {t("retry")}
      </button>
    </div>
  );
}
