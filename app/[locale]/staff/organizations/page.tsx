import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { listOrganizations } from "@/lib/data/organizations/list-staff-organizations";
import { parseOrganizationListFilters } from "@/lib/validation/organizations";
import type { SearchParams } from "@/lib/validation/public-filters";
import { PageHeader } from "@/components/ui/page-header";
import { OrganizationTable } from "@/components/staff/organizations/organization-table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { SearchFilterField } from "@/components/ui/search-filter-field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffOrganizations" });
  return { title: t("title"), robots: { index: false } };
}

/** Administrators: every organization (partners, administrations…), how much each is used, and its editor. */
export default async function StaffOrganizationsPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "organization.manage");
  const query = await searchParams;
  const filters = parseOrganizationListFilters(query);
  const [t, f, result] = await Promise.all([
    getTranslations({ locale, namespace: "StaffOrganizations" }),
    getTranslations({ locale, namespace: "Filters" }),
    listOrganizations({ actor: user, filters, locale }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {query.deleted ? (
        <p
          role="status"
          className="mb-6 rounded border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
        >
          {t("deleted")}
        </p>
      ) : null}
      <form method="get" action={`/${locale}/staff/organizations`} className="mb-6 flex flex-wrap items-end gap-3 card">
        <SearchFilterField label={t("search")} value={filters.q} className="min-w-64 grow" />
        <button type="submit" className={buttonClass("primary")}>
          {f("apply")}
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-700" role="status">
        {f("results", { count: result.total })}
      </p>
      {result.items.length ? (
        <OrganizationTable locale={locale} items={result.items} />
      ) : (
        <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noResults")}</p>
      )}
      <Pagination
        pathname="/staff/organizations"
        query={{ q: filters.q }}
        page={filters.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
