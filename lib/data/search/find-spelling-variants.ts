import "server-only";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";

/**
 * Typo tolerance for names. Every word of the public names (titles, cities,
 * venues, structure and organization names) is kept in "SearchTerm", indexed
 * by trigrams (migration *_search_typo_tolerance). A search word that is not
 * one of them ("Bishek") is compared with them by pg_trgm's similarity, and the
 * query is also run with the closest names in its place ("Bishkek"): exact
 * matches still rank first, since ranking uses the words as typed.
 */
export const TYPO_SIMILARITY = 0.35;
/** Alternative spellings tried per query: each is one more tsquery OR-ed in. */
export const MAX_VARIANTS = 2;

/** The words of a query that could be misspelt names: outside quotes, not excluded with "-", four letters or more. */
export function candidateWords(query: string): string[] {
  const unquoted = query.replace(/"[^"]*"?/g, " ");
  const words = unquoted
    .split(/\s+/)
    .filter((word) => word && !word.startsWith("-") && word.toLowerCase() !== "or")
    .flatMap((word) => word.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => [...word].length >= 4 && !/^\d+$/.test(word));
  return [...new Set(words)].slice(0, 8);
}

/** The query with each word replaced by its n-th closest name: one string per variant. */
export function spellingVariants(query: string, suggestions: Map<string, string[]>): string[] {
  const variants: string[] = [];
  for (let n = 0; n < MAX_VARIANTS; n += 1) {
    let changed = false;
    const variant = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const options = suggestions.get(word.toLowerCase());
      const replacement = options?.[Math.min(n, options.length - 1)];
      if (!replacement) return word;
      changed = true;
      return replacement;
    });
    if (changed && variant !== query && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}

/**
 * Closest known names of the query's unknown words (one indexed query), as
 * whole-query variants; and, when a word (or its correction) is a city's name
 * in any language, the query with the city named in the visitor's language
 * (the gazetteer, CityName: "Bishkek" on a Russian page also searches
 * "Бишкек", so the Russian texts match and rank first).
 */
export async function findSpellingVariants(query: string, locale: AppLocale = "en"): Promise<string[]> {
  const words = candidateWords(query);
  if (!words.length) return [];
  const rows = await prisma.$queryRawUnsafe<{ word: string; term: string }[]>(
    `SELECT w.word, t.term
       FROM unnest($1::text[]) AS w(word)
       CROSS JOIN LATERAL (
         SELECT s."term" FROM "SearchTerm" s
          WHERE s."term" % w.word AND similarity(s."term", w.word) >= ${TYPO_SIMILARITY}
            AND NOT EXISTS (SELECT 1 FROM "SearchTerm" k WHERE k."term" = w.word)
          ORDER BY similarity(s."term", w.word) DESC, s."term"
          LIMIT ${MAX_VARIANTS}) t`,
    words,
  );
  const suggestions = new Map<string, string[]>();
  for (const row of rows) suggestions.set(row.word, [...(suggestions.get(row.word) ?? []), row.term]);
  const variants = spellingVariants(query, suggestions);
  const resolved = words.map((word) => suggestions.get(word)?.[0] ?? word);
  const cities = await prisma.$queryRawUnsafe<{ word: string; name: string }[]>(
    `SELECT DISTINCT w.word, ${locale === "en" ? `k."city"` : `v."name"`} AS name
       FROM unnest($1::text[]) AS w(word)
       JOIN "CityName" k ON lower(k."city") = w.word OR lower(k."name") = w.word
       ${locale === "en" ? "" : `JOIN "CityName" v ON v."countryCode" = k."countryCode" AND v."city" = k."city" AND v."locale" = '${locale}'`}`,
    [...new Set(resolved)],
  );
  const inLocale = new Map(
    cities.filter((row) => row.name.toLowerCase() !== row.word).map((row) => [row.word, row.name]),
  );
  if (inLocale.size) {
    const translated = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const lower = word.toLowerCase();
      return inLocale.get(suggestions.get(lower)?.[0] ?? lower) ?? word;
    });
    if (translated !== query && !variants.includes(translated)) variants.unshift(translated);
  }
  return variants.slice(0, MAX_VARIANTS + 1);
}
