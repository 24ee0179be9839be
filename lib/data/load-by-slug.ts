import { cache } from "react";
import type { AppLocale } from "@/i18n/routing";
import { slugSchema } from "@/lib/validation/public-filters";

/**
 * A detail page's loader: its record by the slug in the URL, read once per
 * render (generateMetadata and the page share it); a malformed slug finds nothing.
 */
export function loadBySlug<T>(get: (args: { locale: AppLocale; slug: string }) => Promise<T | null>) {
  return cache((locale: AppLocale, rawSlug: string): Promise<T | null> => {
    const slug = slugSchema.parse(rawSlug);
    return slug ? get({ locale, slug }) : Promise.resolve(null);
  });
}
