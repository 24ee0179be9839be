import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type AppLocale } from "./routing";

/**
 * The locale of a page's params: an unknown one is a 404. Pages render in
 * parallel with their layout, so each page checks it too before using it.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The props of a page whose only param is its locale. */
export type LocalePageProps = { params: Promise<{ locale: string }> };
