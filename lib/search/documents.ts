// The full-text documents of each translation table. Every translation row
// stores its document as a generated tsvector column, "searchVector", built
// with the dictionary of the row's own language (prisma/migrations/
// *_search_vectors); one GIN index per table serves every language.
// lib/data/search/search-public-content.ts matches a query against each language with that
// language's dictionary and ranks the stored vectors.
import type { AppLocale } from "@/i18n/routing";
import { locales } from "@/i18n/routing";

export const searchConfigs: Record<AppLocale, string> = {
  en: "english",
  fr: "french",
  es: "spanish",
  ru: "russian",
  ar: "arabic",
};

/** The translation tables with a search document (its columns and weights: the migration that adds it). */
export type SearchKind = "meeting" | "news" | "structure";

export const searchTables: Record<SearchKind, string> = {
  meeting: "MeetingTranslation",
  news: "NewsTranslation",
  structure: "StructureTranslation",
};

/**
 * The query in a language's dictionary: websearch_to_tsquery of the visitor's
 * words ($1), OR-ed with that of each spelling variant (lib/data/search/expand-query.ts),
 * given as further parameters ("$3", "$4").
 */
export const tsquery = (locale: AppLocale, params: readonly string[] = ["$1"]) =>
  `(${params.map((param) => `websearch_to_tsquery('${searchConfigs[locale]}'::regconfig, ${param})`).join(" || ")})`;

/** SQL: a translation row (alias) matches the query in its own language; each branch can use the GIN index. */
export function matchesQuery(alias: string, params: readonly string[] = ["$1"]): string {
  return `(${locales.map((locale) => `(${alias}."locale" = '${locale}' AND ${alias}."searchVector" @@ ${tsquery(locale, params)})`).join(" OR ")})`;
}

/** SQL: the query in the row's own language (for ranking and excerpts). */
export function queryInRowLanguage(localeColumn: string, params: readonly string[] = ["$1"]): string {
  return `(CASE ${localeColumn} ${locales.map((locale) => `WHEN '${locale}' THEN ${tsquery(locale, params)}`).join(" ")} END)`;
}

/** SQL: the row's dictionary. */
export function configOfRow(localeColumn: string): string {
  return `(CASE ${localeColumn} ${locales.map((locale) => `WHEN '${locale}' THEN '${searchConfigs[locale]}'::regconfig`).join(" ")} END)`;
}
