import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listStaffStructures } from "@/lib/data/structures/list-staff-structures";
import { pageSchema, type SearchParams } from "@/lib/validation/public-filters";
import { StaffStructureList } from "@/components/staff/structures/staff-structure-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StaffStructuresPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "staff.enter");
  const page = pageSchema.parse((await searchParams).page);
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  const result = await listStaffStructures({ actor: user, locale, page });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        {can(user, "structure.create") ? (
          <p>
            <Link href="/staff/structures/new" className={buttonClass("primary")}>
              {t("newStructure")}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <p className="mb-4 text-sm text-slate-700" role="status">
        {t("count", { count: result.total })}
      </p>
      <StaffStructureList items={result.items} locale={locale} />
      <Pagination pathname="/staff/structures" query={{}} page={page} pageCount={result.pageCount} />
    </>
  );
}
