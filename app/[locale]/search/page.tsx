import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listPageParams, type ListPageProps } from "@/i18n/list-params";
import { searchPublicContent } from "@/lib/data/search/search-public-content";
import { locales } from "@/i18n/routing";
import { Link } from "@/components/ui/link";
import { pageMetadata } from "@/lib/seo/metadata";
import { pageSchema } from "@/lib/validation/public-filters";
import { SEARCH_QUERY_MAX, searchQuerySchema } from "@/lib/validation/search";
import { SearchResults } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { listTopics } from "@/lib/data/news/list-news";
import { topicForQuery } from "@/lib/content/topic-for-query";
import { SubscribeForm } from "@/components/alerts/subscribe-form";

// One cached page per search (words and page): the proxy sends /{locale}/search?… to
// ./view/[view] (lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const { locale } = await listPageParams(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return {
    ...pageMetadata({
      locale,
      path: "/search",
      title: t("title"),
      description: t("description"),
      siteName: site("name"),
    }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params }: ListPageProps) {
  const { locale, query } = await listPageParams(params);
  const q = searchQuerySchema.parse(query.q);
  const page = pageSchema.parse(query.page);
  const t = await getTranslations({ locale, namespace: "Search" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const [result, topics] = await Promise.all([searchPublicContent({ locale, query: q, page }), listTopics({ locale })]);
  // The alerts box follows a topic: the one the words name, preselected.
  const topic = topicForQuery(topics, q) ?? topics[0]?.slug;
  return (
    <>
      <PageHeader title={t("title")} lead={t("hint")} />
      <form method="get" action={`/${locale}/search`} role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="search-q" className="block text-sm font-medium text-slate-800">
            {t("label")}
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={SEARCH_QUERY_MAX}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className={buttonClass("primary", "xl")}>
          {t("submit")}
        </button>
      </form>
      {q ? (
        <section aria-live="polite" className="mt-6">
          {result.hits.length ? (
            <>
              <p className="text-sm text-slate-700">{t("results", { count: result.total, query: q })}</p>
              <SearchResults hits={result.hits} locale={locale} />
              <Pagination pathname="/search" query={{ q }} page={page} pageCount={result.pageCount} />
            </>
          ) : (
            // Said once, with the same search in the other languages (their ranking and interface).
            <div className="mt-4 rounded border border-slate-200 bg-white p-6 text-slate-700" data-testid="no-results">
              <p>{t("noResults", { query: q })}</p>
              <nav aria-label={t("otherLanguages")} className="mt-3">
                <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
                  {locales
                    .filter((other) => other !== locale)
                    .map((other) => (
                      <li key={other}>
                        <Link
                          href={{ pathname: "/search", query: { q } }}
                          locale={other}
                          lang={other}
                          hrefLang={other}
                          className="font-medium text-brand-700 underline"
                        >
                          {languages(other)}
                        </Link>
                      </li>
                    ))}
                </ul>
              </nav>
            </div>
          )}
        </section>
      ) : null}
      {topic ? (
        <div className="mt-10">
          <SubscribeForm
            locale={locale}
            scope="TOPIC"
            target={topic}
            name=""
            choices={topics.map((tp) => ({ value: tp.slug, label: tp.name }))}
          />
        </div>
      ) : null}
    </>
  );
}
