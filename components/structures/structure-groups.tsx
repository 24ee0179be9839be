import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import type { RegionOption } from "@/lib/data/structures/list-public-structures";
import type { StructureCard as StructureCardData } from "@/lib/data/structures/select-structure-card";
import { StructureCard } from "./structure-card";

/** The directory's page of structures, under one heading per region (they arrive sorted by region). */
export async function StructureGroups({
  items,
  regions,
  locale,
}: {
  items: StructureCardData[];
  regions: RegionOption[];
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const names = new Map(regions.map((region) => [region.code, region.name]));
  const groups: { code: string; items: StructureCardData[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.code === item.regionCode) last.items.push(item);
    else groups.push({ code: item.regionCode, items: [item] });
  }
  return (
    <div className="space-y-10">
      {groups.map((group) => {
        const headingId = `region-${group.code.toLowerCase()}`;
        return (
          <section key={group.code} aria-labelledby={headingId} className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 pb-2">
              <h2 id={headingId} className="text-xl font-semibold text-brand-900">
                {names.get(group.code) ?? group.code}
              </h2>
              <Link href={`/regions/${group.code.toLowerCase()}`} className="more-link">
                {t("regionPage")}
              </Link>
            </div>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {group.items.map((structure) => (
                <li key={structure.id}>
                  <StructureCard structure={structure} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
