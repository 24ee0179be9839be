import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { locales } from "@/i18n/routing";
import { Link } from "@/components/ui/link";

// The text of the error pages (400, 403, 404, 405, 413, 500, 503) in each language,
// prerendered at build time (no database). Next.js 16 answers these statuses
// with an empty HTML shell that only JavaScript fills; lib/http/request-seam.ts
// serves this page's HTML instead, with the real status, so that every error
// is readable without JavaScript, with its lang and dir.
export const dynamic = "error";
export const dynamicParams = false;

const pages = {
  "400": { namespace: "BadRequest", link: "home" },
  "403": { namespace: "Forbidden", link: "staff" },
  "404": { namespace: "NotFound", link: "home" },
  "405": { namespace: "MethodNotAllowed", link: "home" },
  "413": { namespace: "TooLarge", link: "home" },
  "500": { namespace: "Error", link: "home" },
  "503": { namespace: "Unavailable", link: "home" },
} as const;

export type StatusCode = keyof typeof pages;

export function generateStaticParams() {
  return locales.flatMap((locale) => Object.keys(pages).map((code) => ({ locale, code })));
}

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const page = pages[(await params).code as StatusCode];
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: page.namespace });
  return { title: t("title"), robots: { index: false } };
}

export default async function StatusPage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = pages[(await params).code as StatusCode];
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: page.namespace });
  const nav = await getTranslations({ locale, namespace: "NotFound" });
  const staff = await getTranslations({ locale, namespace: "Forbidden" });
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("message")}</p>
      <p className="mt-6">
        {page.link === "staff" ? (
          <Link href="/staff" className="font-medium text-brand-700 underline">
            {staff("back")}
          </Link>
        ) : (
          <Link href="/" className="font-medium text-brand-700 underline">
            {nav("home")}
          </Link>
        )}
      </p>
    </div>
  );
}
