"use client";

import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// Plain links (no JavaScript needed; classes in app/globals.css: the header holds
// two copies, the bar's and the phone menu's): each keeps the visitor on the same page,
// with the same filters when the page is rendered per request.
export function LanguageSwitcher() {
  return (
    <Suspense fallback={<LanguageLinks query={{}} />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}

function LanguageLinksWithQuery() {
  const search = useSearchParams();
  return <LanguageLinks query={Object.fromEntries(search.entries())} />;
}

function LanguageLinks({ query }: { query: Record<string, string> }) {
  const t = useTranslations("LanguageSwitcher");
  const languages = useTranslations("Languages");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span lang={locale} className="lang-link-current">
                <span className="sr-only">{t("current", { language: languages(locale) })}</span>
                <span aria-hidden="true">{languages(locale)}</span>
              </span>
            ) : (
              <Link href={{ pathname, query }} locale={locale} lang={locale} hrefLang={locale} className="lang-link">
                {languages(locale)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
