import "server-only";
import { prisma } from "@/lib/db/client";
import { locales, type AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";

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
 * A name in the query: the words it covers, and the city ("CC|City"), country
 * ("CC") or organization (its id: a member administration, a partner) it is.
 */
export type PlaceMatch = { start: number; length: number; kind: "city" | "country" | "organization"; key: string };

/** What a query asks for beyond its words: other spellings, and the places it names. */
export type QueryExpansion = {
  /** The query in other spellings: each place in every language (the visitor's first), closest known names. */
  variants: string[];
  /** When the whole query is a place's name: its countries ("KG") and cities ("KG|Bishkek"), whose records match too. */
  countries: string[];
  cities: string[];
  /** When the whole query is an organization's name: its id, whose meetings (it attends them) match too. */
  organizations: string[];
};

/** Words of a query with their positions in it (letters, digits and combining marks: Arabic diacritics stay inside a word). */
export function queryTokens(query: string): { text: string; index: number }[] {
  return [...query.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((match) => ({ text: match[0], index: match.index }));
}

/**
 * Runs of one to three consecutive words: the names a query may contain
 * ("Buenos Aires", "Hong Kong, China"); and the whole query when it is longer,
 * as an organization's name may be ("Государственный таможенный комитет Кыргызской Республики").
 */
export function queryPhrases(tokens: { text: string }[]): { start: number; length: number; text: string }[] {
  const phrases: { start: number; length: number; text: string }[] = [];
  if (tokens.length > 3 && tokens.length <= 12)
    phrases.push({ start: 0, length: tokens.length, text: tokens.map((t) => t.text).join(" ") });
  for (let start = 0; start < Math.min(tokens.length, 12); start += 1)
    for (let length = 1; length <= 3 && start + length <= tokens.length; length += 1)
      phrases.push({
        start,
        length,
        text: tokens
          .slice(start, start + length)
          .map((t) => t.text)
          .join(" "),
      });
  return phrases;
}

/** Non-overlapping places: the longest, closest first. */
export function choosePlaces(matches: (PlaceMatch & { score: number })[]): PlaceMatch[] {
  const sorted = [...matches].sort((a, b) => b.score - a.score || b.length - a.length);
  const taken = new Set<number>();
  const chosen: PlaceMatch[] = [];
  for (const match of sorted) {
    const words = Array.from({ length: match.length }, (_, i) => match.start + i);
    if (words.some((word) => taken.has(word))) {
      // The same words naming more places equally well (a city and its country's capital spelling): keep them all.
      const same = chosen.find((c) => c.start === match.start && c.length === match.length);
      const best = sorted.find((c) => c.start === match.start && c.length === match.length);
      if (
        same &&
        best &&
        best.score === match.score &&
        !chosen.some((c) => c.kind === match.kind && c.key === match.key)
      )
        chosen.push(match);
      continue;
    }
    words.forEach((word) => taken.add(word));
    chosen.push(match);
  }
  return chosen;
}

/** The query with each chosen place (the first of its words) replaced by its name from `nameOf`. */
export function replacePlaces(
  query: string,
  tokens: { text: string; index: number }[],
  places: PlaceMatch[],
  nameOf: (place: PlaceMatch) => string | undefined,
): string {
  const firstPerSpan = new Map<number, PlaceMatch>();
  for (const place of places) if (!firstPerSpan.has(place.start)) firstPerSpan.set(place.start, place);
  let result = "";
  let cursor = 0;
  for (const place of [...firstPerSpan.values()].sort((a, b) => a.start - b.start)) {
    const from = tokens[place.start].index;
    const last = tokens[place.start + place.length - 1];
    const name = nameOf(place);
    if (name === undefined) continue;
    result += query.slice(cursor, from) + name;
    cursor = last.index + last.text.length;
  }
  return result + query.slice(cursor);
}

/** Least trigram similarity for a place name typed with a typo: short names must be closer. */
export const PLACE_SIMILARITY = { long: 0.45, short: 0.6 } as const;

async function findPlaces(phrases: { start: number; length: number; text: string }[]) {
  if (!phrases.length) return [];
  return prisma.$queryRawUnsafe<(PlaceMatch & { score: number })[]>(
    `SELECT ph.start, ph.length, m.kind, m.key, max(m.score)::float8 AS score
       FROM (SELECT search_fold(p) AS p, s AS start, l AS length FROM unnest($1::text[], $2::int[], $3::int[]) AS x(p, s, l)) ph
       CROSS JOIN LATERAL (
         SELECT 'city' AS kind, c."countryCode" || '|' || c."city" AS key, similarity(search_fold(c."name"), ph.p) AS score
           FROM "CityName" c WHERE search_fold(c."name") % ph.p
         UNION ALL
         SELECT 'city', c."countryCode" || '|' || c."city", similarity(search_fold(c."city"), ph.p)
           FROM "CityName" c WHERE search_fold(c."city") % ph.p
         UNION ALL
         SELECT 'country', n."code", similarity(search_fold(n."name"), ph.p)
           FROM "CountryName" n WHERE search_fold(n."name") % ph.p
         UNION ALL
         SELECT 'organization', o."organizationId", similarity(search_fold(o."name"), ph.p)
           FROM "OrganizationTranslation" o WHERE search_fold(o."name") % ph.p
       ) m
      WHERE char_length(ph.p) >= 2
        AND m.score >= CASE WHEN char_length(ph.p) >= 6 THEN ${PLACE_SIMILARITY.long}
                            WHEN char_length(ph.p) >= 4 THEN ${PLACE_SIMILARITY.short} ELSE 1 END
      GROUP BY ph.start, ph.length, m.kind, m.key`,
    phrases.map((p) => p.text),
    phrases.map((p) => p.start),
    phrases.map((p) => p.length),
  );
}

/**
 * What to search for besides the words as typed (two indexed queries):
 * - every place the query names, in any language and with a typo ("Biskek",
 *   «بِيشكيك», "Bishkeck", «Гонконг»), is also searched by its name in every
 *   language (the gazetteer, CityName, and the countries' names, CountryName),
 *   the visitor's language first, so that texts in every language match;
 *   when the query is nothing but places, the records located there match too;
 * - other unknown words: the closest known names (pg_trgm's similarity).
 * Names are compared folded (search_fold: case, accents, Arabic hamza and
 * alef forms, taa marbuta, diacritics, tatweel).
 */
export async function expandQuery(query: string, locale: AppLocale = "en"): Promise<QueryExpansion> {
  const none: QueryExpansion = { variants: [], countries: [], cities: [], organizations: [] };
  const tokens = queryTokens(query);
  if (!tokens.length) return none;
  const places = choosePlaces(await findPlaces(queryPhrases(tokens)));
  const placeWords = new Set(places.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.start + i)));

  const variants: string[] = [];
  const add = (variant: string) => {
    if (variant.trim() && variant !== query && !variants.includes(variant)) variants.push(variant);
  };
  if (places.length) {
    const cityKeys = places.filter((p) => p.kind === "city").map((p) => p.key);
    const cityRows = cityKeys.length
      ? await prisma.cityName.findMany({
          where: { OR: cityKeys.map((key) => ({ countryCode: key.slice(0, 2), city: key.slice(3) })) },
          select: { countryCode: true, city: true, locale: true, name: true },
        })
      : [];
    const organizationKeys = places.filter((p) => p.kind === "organization").map((p) => p.key);
    const organizationRows = organizationKeys.length
      ? await prisma.organizationTranslation.findMany({
          where: { organizationId: { in: organizationKeys } },
          select: { organizationId: true, locale: true, name: true },
        })
      : [];
    const nameIn = (place: PlaceMatch, language: AppLocale): string | undefined => {
      if (place.kind === "country") return countryName(place.key, language);
      if (place.kind === "organization") {
        const names = organizationRows.filter((r) => r.organizationId === place.key);
        return (names.find((r) => r.locale === language) ?? names.find((r) => r.locale === "en"))?.name;
      }
      const city = place.key.slice(3);
      if (language === "en") return city;
      return cityRows.find((r) => `${r.countryCode}|${r.city}` === place.key && r.locale === language)?.name ?? city;
    };
    for (const language of [locale, ...locales.filter((l) => l !== locale)])
      add(replacePlaces(query, tokens, places, (place) => nameIn(place, language)));
  }

  // Misspelt words that are not places: the closest names of the vocabulary.
  const words = candidateWords(
    tokens
      .filter((_, index) => !placeWords.has(index))
      .map((t) => t.text)
      .join(" "),
  ).filter((word) => candidateWords(query).includes(word));
  if (words.length) {
    const rows = await prisma.$queryRawUnsafe<{ word: string; term: string }[]>(
      `SELECT w.word, t.term
         FROM unnest($1::text[]) AS w(word)
         CROSS JOIN LATERAL (
           SELECT s."term" FROM "SearchTerm" s
            WHERE search_fold(s."term") % search_fold(w.word) AND similarity(search_fold(s."term"), search_fold(w.word)) >= ${TYPO_SIMILARITY}
              AND NOT EXISTS (SELECT 1 FROM "SearchTerm" k WHERE k."term" = w.word)
            ORDER BY similarity(search_fold(s."term"), search_fold(w.word)) DESC, s."term"
            LIMIT ${MAX_VARIANTS}) t`,
      words,
    );
    const suggestions = new Map<string, string[]>();
    for (const row of rows) suggestions.set(row.word, [...(suggestions.get(row.word) ?? []), row.term]);
    spellingVariants(variants[0] ?? query, suggestions).forEach(add);
  }

  const onlyPlaces = places.length > 0 && tokens.every((_, index) => placeWords.has(index));
  return {
    variants: variants.slice(0, locales.length + MAX_VARIANTS),
    countries: onlyPlaces ? [...new Set(places.filter((p) => p.kind === "country").map((p) => p.key))] : [],
    cities: onlyPlaces ? [...new Set(places.filter((p) => p.kind === "city").map((p) => p.key))] : [],
    organizations: onlyPlaces ? [...new Set(places.filter((p) => p.kind === "organization").map((p) => p.key))] : [],
  };
}
