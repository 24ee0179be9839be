import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { listPageParams, type ListPageProps } from "@/i18n/list-params";
import { listDecisionStructures, listPublicDecisions } from "@/lib/data/decisions/list-public-decisions";
import { getPublicSeries } from "@/lib/data/meetings/get-public-series";
import { listMeetingYears } from "@/lib/data/meetings/list-published-meetings";
import { listRegions } from "@/lib/data/regions/list-regions";
import { pageMetadata } from "@/lib/seo/metadata";
import { decisionFiltersToQuery, parseDecisionFilters } from "@/lib/validation/decision-filters";
import { PAGE_SIZE, pageSchema } from "@/lib/validation/public-filters";
import { decisionsJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/ui/json-ld";
import { DecisionFilters } from "@/components/decisions/decision-filters";
import { DecisionList } from "@/components/decisions/decision-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";

// The public register of decisions. One cached page per canonical view: the
// proxy sends /{locale}/decisions?… to ./view/[view] (lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Decisions" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: "/decisions",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    feeds: { json: "/decisions/feed.json" },
  });
}

export default async function DecisionsPage({ params }: ListPageProps) {
  const { locale, query } = await listPageParams(params);
  const filters = parseDecisionFilters(query);
  const page = pageSchema.parse(query.page);
  const [t, f, result, regions, years, structures, series] = await Promise.all([
    getTranslations({ locale, namespace: "Decisions" }),
    getTranslations({ locale, namespace: "Filters" }),
    listPublicDecisions({ locale, filters, page }),
    listRegions({ locale }),
    listMeetingYears(),
    listDecisionStructures(locale),
    // The register of one series (linked from the series page): its name, linking back.
    filters.series ? getPublicSeries({ locale, slug: filters.series }) : null,
  ]);
  if (page > 1 && !result.items.length) notFound();
  return (
    <>
      <JsonLd
        data={decisionsJsonLd(result.items, locale, {
          name: t("title"),
          statusName: (status) => t(`status.${status}`),
          offset: (result.page - 1) * PAGE_SIZE,
        })}
      />
      <PageHeader title={t("title")} lead={t("description")}>
        {series ? (
          <p className="text-sm" data-testid="decisions-series">
            {t.rich("ofSeries", {
              series: series.name,
              link: (chunks) => (
                <Link
                  href={`/meetings/series/${series.slug}`}
                  lang={series.nameLocale}
                  className="font-medium text-brand-700 underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </PageHeader>
      <DecisionFilters locale={locale} filters={filters} regions={regions} years={years} structures={structures} />
      <p className="mt-6 text-sm text-slate-700" role="status">
        {f("results", { count: result.total })}
      </p>
      <div className="mt-4">
        {result.items.length ? (
          <DecisionList locale={locale} decisions={result.items} />
        ) : (
          <p className="text-slate-700">{t("empty")}</p>
        )}
      </div>
      <Pagination
        pathname="/decisions"
        query={decisionFiltersToQuery(filters)}
        page={result.page}
        pageCount={result.pageCount}
        pageCountKnown
      />
    </>
  );
}
