import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { listStaffNews } from "@/lib/data/staff/news-read";
import { TranslationBadges } from "@/components/staff/editor/translation-badges";

type Item = Awaited<ReturnType<typeof listStaffNews>>["items"][number];

export async function StaffNewsList({ items, locale }: { items: Item[]; locale: AppLocale }) {
  const [t, staff, editor, languages] = await Promise.all([
    getTranslations({ locale, namespace: "StaffNews" }),
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "StaffNews.editor" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  if (!items.length) return <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noArticles")}</p>;
  const names = { en: languages("en"), fr: languages("fr"), es: languages("es"), ru: languages("ru"), ar: languages("ar") };
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="card">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 className="text-base font-semibold" lang={item.title.lang} dir="auto">
              <Link href={`/staff/news/${item.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                {item.title.text}
              </Link>
            </h2>
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${item.status === "PUBLISHED" ? "bg-green-100 text-green-900" : item.status === "DRAFT" ? "bg-amber-100 text-amber-950" : "bg-slate-200 text-slate-800"}`}>
              {staff(`status.${item.status}`)}
            </span>
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {[item.region ?? t("allRegions"), item.publishedAt ? t("publishedOn", { date: formatDate(item.publishedAt, locale) }) : null, t("updated", { date: formatDate(item.updatedAt, locale) })]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <div className="mt-2">
            <TranslationBadges label={t("translations")} translations={item.translations} names={names} statusText={{ PUBLISHED: editor("published"), DRAFT: editor("draft"), missing: editor("notWritten") }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
