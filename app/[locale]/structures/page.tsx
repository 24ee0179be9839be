import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { listPageParams, type ListPageProps } from "@/i18n/list-params";
import { routing } from "@/i18n/routing";
import { listPublicStructures } from "@/lib/data/structures/list-public-structures";
import { pageMetadata } from "@/lib/seo/metadata";
import { kindParamOf, parseStructureFilters } from "@/lib/validation/structure-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StructureFilters } from "@/components/structures/structure-filters";
import { StructureGroups } from "@/components/structures/structure-groups";

// One cached page per canonical view: the proxy sends /{locale}/structures?… to
// ./view/[view] (lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Structures" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: "/structures",
    title: t("title"),
    description: t("metaDescription"),
    siteName: site("name"),
  });
}

export default async function StructuresPage({ params }: ListPageProps) {
  const { locale, query } = await listPageParams(params);
  const filters = parseStructureFilters(query);
  const t = await getTranslations({ locale, namespace: "Structures" });
  const f = await getTranslations({ locale, namespace: "Filters" });
  const directory = await listPublicStructures({ locale, ...filters });
  const pageQuery = {
    region: filters.region?.toLowerCase(),
    kind: filters.kind ? kindParamOf(filters.kind) : undefined,
  };
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <StructureFilters locale={locale} regions={directory.regions} region={filters.region} kind={filters.kind} />
      <p className="text-sm font-medium text-slate-700" data-testid="result-count">
        {f("results", { count: directory.total })}
      </p>
      {directory.items.length ? (
        <StructureGroups items={directory.items} regions={directory.regions} locale={locale} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("empty")}</p>
      )}
      <Pagination pathname="/structures" query={pageQuery} page={directory.page} pageCount={directory.pageCount} />
    </div>
  );
}
