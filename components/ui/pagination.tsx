import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { BackArrow, ForwardArrow } from "@/components/ui/arrows";

type Query = Record<string, string | undefined>;

function hrefFor(pathname: string, query: Query, page: number) {
  const clean = Object.fromEntries(
    Object.entries({ ...query, page: page > 1 ? String(page) : undefined }).filter(([, v]) => v),
  );
  return { pathname, query: clean as Record<string, string> };
}

/** Previous / next links and "page N of M"; plain links, no JavaScript. */
export async function Pagination({
  pathname,
  query,
  page,
  pageCount,
  pageCountKnown = true,
}: {
  pathname: string;
  query: Query;
  page: number;
  pageCount: number;
  /** False when the list's count is capped: "Page 2,000", with a next link if there is one. */
  pageCountKnown?: boolean;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  const linkClass =
    "rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-wrap items-center justify-between gap-4">
      <div>
        {page > 1 ? (
          <Link href={hrefFor(pathname, query, page - 1)} rel="prev" className={linkClass}>
            <BackArrow />
            {t("previous")}
          </Link>
        ) : null}
      </div>
      <p className="text-sm text-slate-700" aria-current="page">
        {pageCountKnown ? t("status", { page, count: pageCount }) : t("page", { page })}
      </p>
      <div>
        {page < pageCount ? (
          <Link href={hrefFor(pathname, query, page + 1)} rel="next" className={linkClass}>
            {t("next")}
            <ForwardArrow />
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
