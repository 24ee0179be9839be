import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";

const navItems = [
  { href: "/", key: "home" },
  { href: "/news", key: "news" },
  { href: "/meetings", key: "meetings" },
  { href: "/structures", key: "structures" },
  { href: "/search", key: "search" },
] as const;

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Nav" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return (
    <header className="border-b-4 border-accent-500 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="flex items-center gap-3 rounded-sm">
          <span aria-hidden="true" className="grid size-10 place-items-center rounded-full bg-white text-sm font-bold text-brand-900">
            WCO
          </span>
          <span className="text-lg font-semibold leading-tight">{site("name")}</span>
        </Link>
        <LanguageSwitcher />
      </div>
      <nav aria-label={t("label")} className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 sm:px-4">
          {navItems.map((item) => (
            <li key={item.key}>
              <Link href={item.href} className="nav-link">
                {t(item.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
