import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { locales } from "@/i18n/routing";
import { PageHeader } from "@/components/ui/page-header";

// Prerendered at build time in every language: it reads no data. It is also
// the benchmark's baseline, a page of this app that Next.js serves as a
// static file (npm run bench compares every cached route with it).
export const dynamic = "error";
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

const measures = ["html", "keyboard", "language", "alternatives", "tested"] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  // No absolute URLs: they would be fixed at build time, before PUBLIC_URL is known.
  return { title: t("title"), description: t("intro") };
}

export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  const section = "space-y-3";
  const heading = "text-xl font-semibold text-brand-900";
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title={t("title")} lead={t("intro")} />
      <section className={section} aria-labelledby="standard">
        <h2 id="standard" className={heading}>
          {t("standardTitle")}
        </h2>
        <p>{t("standard")}</p>
      </section>
      <section className={section} aria-labelledby="measures">
        <h2 id="measures" className={heading}>
          {t("measuresTitle")}
        </h2>
        <ul className="list-disc space-y-2 ps-6">
          {measures.map((key) => (
            <li key={key}>{t(`measures.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section className={section} aria-labelledby="limits">
        <h2 id="limits" className={heading}>
          {t("limitsTitle")}
        </h2>
        <p>{t("limits")}</p>
      </section>
      <section className={section} aria-labelledby="feedback">
        <h2 id="feedback" className={heading}>
          {t("feedbackTitle")}
        </h2>
        <p>{t("feedback")}</p>
      </section>
      <p className="text-sm text-slate-600">{t("updated")}</p>
    </div>
  );
}
