import type { AnchorHTMLAttributes } from "react";
import { getLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";

type Href = string | { pathname: string; query?: Record<string, string> };

/**
 * A link to a page of this site in the page's language, as a plain <a>: the
 * public pages are static HTML served from the cache, so a click is a normal
 * page load. (next-intl's <Link> is a client component whose props travel in
 * every page's payload, and which prefetches every page it links to.)
 */
export async function Link({
  href,
  locale,
  ...props
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href; locale?: AppLocale }) {
  // An empty query would leave a trailing "?" in the URL.
  const clean = typeof href === "object" && !Object.keys(href.query ?? {}).length ? href.pathname : href;
  const target = getPathname({ href: clean, locale: locale ?? ((await getLocale()) as AppLocale) });
  return <a href={target} {...props} />;
}
