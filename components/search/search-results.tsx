import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDate, languageName } from "@/lib/content/format";
import type { SearchHit } from "@/lib/data/search/search-public-content";

const hrefFor = (hit: SearchHit) =>
  hit.type === "meeting"
    ? `/meetings/${hit.slug}`
    : hit.type === "news"
      ? `/news/${hit.slug}`
      : `/structures/${hit.slug}`;

export async function SearchResults({ hits, locale }: { hits: SearchHit[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <ol className="mt-4 space-y-3">
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.slug}`} className="card">
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {t(`type.${hit.type}`)}
            {hit.date ? (
              <span className="font-normal text-slate-600 normal-case"> · {formatDate(hit.date, locale)}</span>
            ) : null}
            {/* Every hit says its language, named in the page's ("in Russian"): the text shown is the one that matched. */}
            <span className="font-normal text-slate-600 normal-case">
              {" "}
              · {t("inLanguage", { language: languageName(hit.locale, locale) })}
            </span>
          </p>
          <h2
            className="mt-1 text-base font-semibold [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-slate-900"
            lang={hit.locale}
            dir="auto"
          >
            {/* Escaped in lib/data/search/search-public-content.ts; only <mark> is markup. */}
            <Link href={hrefFor(hit)} className="hover:underline" dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
          </h2>
          {hit.excerptHtml ? (
            <p
              className="mt-1 text-sm text-slate-700 [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-slate-900"
              lang={hit.locale}
              dir="auto"
              // Escaped in lib/data/search/search-public-content.ts; only <mark> is markup.
              dangerouslySetInnerHTML={{ __html: hit.excerptHtml }}
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
