import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { StructureCard as StructureCardData } from "@/lib/data/structures/select-structure-card";
import { structureKindOrder } from "@/lib/validation/structure-filters";
import { StructureCard } from "@/components/structures/structure-card";

/** The region's ROCB, RTCs and Vice-Chair office, under one heading per kind. */
export async function RegionStructures({ structures, locale }: { structures: StructureCardData[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const groups = structureKindOrder
    .map((kind) => ({ kind, items: structures.filter((s) => s.kind === kind) }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="space-y-3">
          <h3 id={`kind-${group.kind}`} className="text-lg font-semibold text-slate-900">
            {group.items.length === 1 ? t(`kind.${group.kind}`) : t(`kindPlural.${group.kind}`)}
          </h3>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
            {group.items.map((structure) => (
              <li key={structure.id}>
                <StructureCard structure={structure} locale={locale} headingLevel={4} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
