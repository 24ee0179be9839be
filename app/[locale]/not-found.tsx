import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

// The localized 404 of every page under a language, rendered on the server
// (app/[locale]/layout.tsx is the root layout): text, lang and dir without JavaScript.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("title"), robots: { index: false } };
}

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("message")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
