import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { auditFiltersToQuery, parseAuditFilters } from "@/lib/validation/audit-filters";
import type { SearchParams } from "@/lib/validation/public-filters";
import { AuditEntry } from "@/components/staff/audit/audit-entry";
import { AuditFilters } from "@/components/staff/audit/audit-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffAudit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StaffAuditPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "audit.read");
  const filters = parseAuditFilters(await searchParams);
  const [t, f] = await Promise.all([
    getTranslations({ locale, namespace: "StaffAudit" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  const result = await listAuditEntries({ actor: user, filters, locale });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <AuditFilters locale={locale} filters={filters} actors={result.actors} entityTypes={result.entityTypes} />
      <p className="mt-6 text-sm text-slate-700" role="status">
        {f("results", { count: result.total })}
      </p>
      {result.items.length ? (
        <ol className="mt-4 space-y-4">
          {result.items.map((entry) => (
            <li key={entry.id}>
              <AuditEntry entry={entry} locale={locale} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-6 rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noResults")}</p>
      )}
      <Pagination
        pathname="/staff/audit"
        query={auditFiltersToQuery(filters)}
        page={filters.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
