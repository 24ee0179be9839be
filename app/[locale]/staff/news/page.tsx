import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { listStaffNews } from "@/lib/data/news/list-staff-news";
import { meetingStatuses } from "@/lib/validation/meetings";
import { pageSchema, type SearchParams } from "@/lib/validation/public-filters";
import { StaffNewsList } from "@/components/staff/news/staff-news-list";
import { PageHeader } from "@/components/ui/page-header";
import { DeletedNotice } from "@/components/staff/editor/delete-draft-link";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// The dashboard links here with ?mine=1&status=draft; other values are ignored.
const filtersSchema = z.object({
  mine: z.preprocess((v) => v === "1", z.boolean()).catch(false),
  status: z
    .preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(meetingStatuses))
    .optional()
    .catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StaffNewsPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "news.create");
  const query = await searchParams;
  const page = pageSchema.parse(query.page);
  const filters = filtersSchema.parse(query);
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: "StaffNews" }),
    listStaffNews({ actor: user, locale, page, ...filters }),
  ]);
  const filtered = filters.mine || filters.status;
  return (
    <>
      <DeletedNotice show={query.deleted} />
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="flex flex-wrap items-center gap-4">
          <Link href="/staff/news/new" className={buttonClass("primary")}>
            {t("newArticle")}
          </Link>
          {filtered ? (
            <Link href="/staff/news" className="text-sm font-medium text-brand-700 underline">
              {t("showAll")}
            </Link>
          ) : null}
        </p>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-700" role="status">
        {filtered ? t("countFiltered", { count: result.total }) : t("count", { count: result.total })}
      </p>
      <StaffNewsList items={result.items} locale={locale} />
      <Pagination
        pathname="/staff/news"
        query={{ mine: filters.mine ? "1" : undefined, status: filters.status?.toLowerCase() }}
        page={page}
        pageCount={result.pageCount}
      />
    </>
  );
}
