import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { listStaffNews } from "@/lib/data/news/list-staff-news";
import { RecordCard } from "@/components/staff/editor/record-card";

type Item = Awaited<ReturnType<typeof listStaffNews>>["items"][number];

export async function StaffNewsList({ items, locale }: { items: Item[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  if (!items.length)
    return <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noArticles")}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <RecordCard
          key={item.id}
          href={`/staff/news/${item.id}`}
          title={item.title.text}
          titleLang={item.title.lang}
          status={item.status}
          translationStates={item.translationStates}
          facts={[
            item.region ?? t("allRegions"),
            item.publishedAt ? t("publishedOn", { date: formatDate(item.publishedAt, locale) }) : null,
            t("updated", { date: formatDate(item.updatedAt, locale) }),
          ]}
        />
      ))}
    </ul>
  );
}
