import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";

const navItems = [
  { href: "/", key: "home" },
  { href: "/news", key: "news" },
  { href: "/meetings", key: "meetings" },
  { href: "/decisions", key: "decisions" },
  { href: "/structures", key: "structures" },
  { href: "/regions", key: "regions" },
  { href: "/search", key: "search" },
] as const;

/**
 * From 640 px: the site's name, the languages and the navigation bar. On a
 * phone: one compact row, with the navigation and the languages behind a
 * "Menu" button (<details>: it opens without JavaScript).
 */
export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Nav" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const items = navItems.map((item) => ({ href: getPathname({ href: item.href, locale }), label: t(item.key) }));
  const home = getPathname({ href: "/", locale });
  return (
    <header className="border-b-4 border-accent-500 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:flex-wrap sm:gap-4 sm:px-6 sm:py-4">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded-sm">
          <span
            aria-hidden="true"
            className="grid size-9 shrink-0 place-items-center rounded-full bg-white text-xs font-bold text-brand-900 sm:size-10 sm:text-sm"
          >
            WCO
          </span>
          <span className="truncate text-base leading-tight font-semibold sm:text-lg">{site("name")}</span>
        </Link>
        <div className="hidden sm:block">
          <LanguageSwitcher />
        </div>
        <details className="site-menu sm:hidden">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-sm font-semibold">
            <span aria-hidden="true">☰</span>
            {t("menu")}
          </summary>
          <div className="absolute inset-x-0 top-full z-40 border-b-4 border-accent-500 bg-brand-800 px-2 pb-3 shadow-lg">
            <nav aria-label={t("label")}>
              <NavLinks items={items} home={home} layout="menu" />
            </nav>
            <div className="border-t border-white/20 px-2 pt-3">
              <LanguageSwitcher />
            </div>
          </div>
        </details>
      </div>
      <nav aria-label={t("label")} className="hidden bg-brand-800 sm:block">
        <NavLinks items={items} home={home} layout="bar" />
      </nav>
    </header>
  );
}
