// The full-text documents of each translation table, per locale. The same SQL
// expressions are indexed (prisma/migrations/*_search_indexes) and queried
// (lib/data/search.ts): PostgreSQL uses an expression index only when the
// query repeats its expression exactly, with the dictionary as a literal.
import type { AppLocale } from "@/i18n/routing";

export const searchConfigs: Record<AppLocale, string> = {
  en: "english",
  fr: "french",
  es: "spanish",
  ru: "russian",
  ar: "arabic",
};

const weighted = (config: string, parts: [string, "A" | "B" | "C"][]) =>
  parts.map(([column, weight]) => `setweight(to_tsvector('${config}'::regconfig, coalesce(${column}, '')), '${weight}')`).join(" || ");

export const searchDocuments = {
  meeting: (config: string, alias = "t") =>
    weighted(config, [[`${alias}."title"`, "A"], [`${alias}."summary"`, "B"], [`${alias}."venue"`, "B"], [`${alias}."body"`, "C"]]),
  news: (config: string, alias = "t") =>
    weighted(config, [[`${alias}."title"`, "A"], [`${alias}."excerpt"`, "B"], [`${alias}."body"`, "C"]]),
  structure: (config: string, alias = "t") =>
    weighted(config, [[`${alias}."name"`, "A"], [`${alias}."hostAdministration"`, "B"], [`${alias}."description"`, "C"], [`${alias}."mandate"`, "C"]]),
};

export const searchTables = {
  meeting: "MeetingTranslation",
  news: "NewsTranslation",
  structure: "StructureTranslation",
} as const;

/** The CREATE INDEX statements of the search migration (also used by its test). */
export function searchIndexStatements(): string[] {
  const statements: string[] = [];
  for (const [locale, config] of Object.entries(searchConfigs)) {
    for (const [kind, table] of Object.entries(searchTables) as [keyof typeof searchTables, string][]) {
      const document = searchDocuments[kind](config, `"${table}"`).replaceAll(`"${table}".`, "");
      statements.push(
        `CREATE INDEX "search_${kind}_${locale}_idx" ON "${table}" USING GIN ((${document})) WHERE "locale" = '${locale}';`,
      );
    }
  }
  return statements;
}
