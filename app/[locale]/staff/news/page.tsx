import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { listStaffNews } from "@/lib/data/staff/news-read";
import { pageSchema, type SearchParams } from "@/lib/validation/public-filters";
import { StaffNewsList } from "@/components/staff/news/staff-news-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StaffNewsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale, "news.create");
  const page = pageSchema.parse((await searchParams).page);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  const result = await listStaffNews({ actor: user, locale, page });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p>
          <Link href="/staff/news/new" className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            {t("newArticle")}
          </Link>
        </p>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-700" role="status">{t("count", { count: result.total })}</p>
      <StaffNewsList items={result.items} locale={locale} />
      <Pagination pathname="/staff/news" query={{}} page={page} pageCount={result.pageCount} />
    </>
  );
}
