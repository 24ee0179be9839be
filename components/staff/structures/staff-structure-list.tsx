import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { countryName, formatDate } from "@/lib/content/format";
import type { listStaffStructures } from "@/lib/data/staff/structures-read";
import { TranslationBadges } from "@/components/staff/editor/translation-badges";

type Item = Awaited<ReturnType<typeof listStaffStructures>>["items"][number];

export async function StaffStructureList({ items, locale }: { items: Item[]; locale: AppLocale }) {
  const [t, editor, languages] = await Promise.all([
    getTranslations({ locale, namespace: "StaffStructures" }),
    getTranslations({ locale, namespace: "StaffNews.editor" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  if (!items.length) return <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noStructures")}</p>;
  const names = { en: languages("en"), fr: languages("fr"), es: languages("es"), ru: languages("ru"), ar: languages("ar") };
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {items.map((item) => (
        <li key={item.id} className="card">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`kind.${item.kind}`)}</p>
          <h2 className="mt-1 text-base font-semibold" lang={item.name.lang} dir="auto">
            <Link href={`/staff/structures/${item.id}`} className="text-brand-800 underline-offset-2 hover:underline">
              {item.name.text}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {[`${item.city}, ${countryName(item.countryCode, locale)}`, item.region, t(`status.${item.status}`), t("updated", { date: formatDate(item.updatedAt, locale) })].join(" · ")}
          </p>
          <div className="mt-2">
            <TranslationBadges label={t("translations")} translations={item.translations} names={names} statusText={{ PUBLISHED: editor("published"), DRAFT: editor("draft"), missing: editor("notWritten") }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
