import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-4 px-4 py-6 text-sm text-slate-700 sm:px-6">
        <div className="space-y-2">
          <p>{t("about", { count: 186 })}</p>
          <p>{t("rights")}</p>
        </div>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/accessibility" className="font-medium text-brand-700 underline">
              {t("accessibility")}
            </Link>
          </li>
          <li>
            <Link href="/staff" className="font-medium text-brand-700 underline">
              {t("staff")}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
