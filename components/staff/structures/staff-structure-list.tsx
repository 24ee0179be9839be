import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { countryName, formatDate } from "@/lib/content/format";
import type { listStaffStructures } from "@/lib/data/structures/list-staff-structures";
import { RecordCard } from "@/components/staff/editor/record-card";

type Item = Awaited<ReturnType<typeof listStaffStructures>>["items"][number];

export async function StaffStructureList({ items, locale }: { items: Item[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  if (!items.length)
    return <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noStructures")}</p>;
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {items.map((item) => (
        <RecordCard
          key={item.id}
          href={`/staff/structures/${item.id}`}
          title={item.name.text}
          titleLang={item.name.lang}
          kicker={t(`kind.${item.kind}`)}
          translationStates={item.translationStates}
          facts={[
            `${item.city}, ${countryName(item.countryCode, locale)}`,
            item.region,
            t(`status.${item.status}`),
            t("updated", { date: formatDate(item.updatedAt, locale) }),
          ]}
        />
      ))}
    </ul>
  );
}
