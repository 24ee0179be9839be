import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import type { RegionSummary } from "@/lib/data/regions/list-regions";

export async function RegionList({ regions, locale }: { regions: RegionSummary[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {regions.map((region) => (
        <li key={region.code} className="card">
          <Link href={`/regions/${region.code.toLowerCase()}`} className="region-link">
            {region.name}
          </Link>
          <p className="card-meta">{t("structureCount", { count: region.structureCount })}</p>
        </li>
      ))}
    </ul>
  );
}
