import "server-only";
import type { Metadata } from "next";
import { locales, type AppLocale } from "@/i18n/routing";
import { publicUrl } from "@/lib/config";

/** Absolute URL of a localized path ("/meetings" → https://host/fr/meetings). */
export function absoluteUrl(locale: AppLocale, path: string): string {
  const suffix = path === "/" || path === "" ? "" : path;
  return `${publicUrl()}/${locale}${suffix}`;
}

/** The webcal: address of a calendar (calendar apps subscribe to it and refresh it), from its localized path. */
export function webcalUrl(locale: AppLocale, path: string): string {
  return absoluteUrl(locale, path).replace(/^https?:/, "webcal:");
}

/** hreflang alternates of a localized path, with English as x-default. */
export function languageAlternates(path: string): Record<string, string> {
  const entries: [string, string][] = locales.map((locale) => [locale, absoluteUrl(locale, path)]);
  return Object.fromEntries([...entries, ["x-default", absoluteUrl("en", path)]]);
}

const ogLocales: Record<AppLocale, string> = { en: "en_GB", fr: "fr_FR", es: "es_ES", ru: "ru_RU", ar: "ar_AR" };

/** Title, description, canonical URL, hreflang links and OpenGraph tags of a page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
  type = "website",
  feeds,
}: {
  locale: AppLocale;
  path: string;
  title: string;
  description: string;
  siteName: string;
  type?: "website" | "article";
  feeds?: { rss?: string; json?: string; ics?: string };
}): Metadata {
  const url = absoluteUrl(locale, path);
  const types: Record<string, string> = {};
  if (feeds?.rss) types["application/rss+xml"] = absoluteUrl(locale, feeds.rss);
  if (feeds?.json) types["application/feed+json"] = absoluteUrl(locale, feeds.json);
  if (feeds?.ics) types["text/calendar"] = absoluteUrl(locale, feeds.ics);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path), ...(feeds ? { types } : {}) },
    openGraph: {
      title,
      description,
      url,
      siteName,
      locale: ogLocales[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocales[l]),
      type,
    },
    // X reads the title and description from og:title and og:description.
    twitter: { card: "summary" },
  };
}
