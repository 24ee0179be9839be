import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocalePageProps } from "@/i18n/params";
import { listRegions } from "@/lib/data/regions/list-regions";
import { regionColors } from "@/lib/maps/base-map";
import { pageMetadata } from "@/lib/seo/metadata";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { WorldMap } from "@/components/regions/world-map";

// Rendered on its first request, then cached until the regions or structures change.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Regions" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: "/regions",
    title: t("indexTitle"),
    description: t("indexLead"),
    siteName: site("name"),
  });
}

export default async function RegionsPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Regions" });
  const regions = await listRegions({ locale });
  return (
    <div className="space-y-8">
      <PageHeader title={t("indexTitle")} lead={t("indexLead")} />
      <WorldMap regions={regions} locale={locale} />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="region-list">
        {regions.map((region) => (
          <li key={region.code} className="flex items-start gap-3 card">
            <span
              aria-hidden="true"
              className="mt-1 inline-block size-4 shrink-0 rounded-sm"
              style={{ background: regionColors[region.code] }}
            />
            <div>
              <Link href={`/regions/${region.code.toLowerCase()}`} className="region-link">
                {region.name}
              </Link>
              <p className="card-meta">
                {t("regionStats", { structures: region.structureCount, countries: region.countryCount })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
