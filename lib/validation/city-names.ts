// The city's name in the other languages, as staff type it beside the
// English city of a meeting (the gazetteer, CityName): one single-line field
// per language (cityName.<locale>, the one field scheme of form-fields.ts),
// empty for "as in English".
import { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import { lineString } from "./text-rules";

export const cityNameLocales = ["fr", "es", "ru", "ar"] as const satisfies readonly AppLocale[];
export type CityNameLocale = (typeof cityNameLocales)[number];

export const cityNameField = (locale: CityNameLocale) => `cityName.${locale}`;

const name = z.preprocess((v) => (v == null ? "" : v), lineString().max(120));

/** The form marks that it holds the fields ("cityNames=1"): a post without them (a script, an older form) leaves the names as they are. */
export const CITY_NAMES_MARKER = "cityNames";

const marker = z.preprocess((v) => v === "1", z.boolean());

/** One field per language (cityNameField) and the marker. */
export const cityNamesShape = {
  cityName: z.object({ fr: name, es: name, ru: name, ar: name }).partial().optional(),
  cityNames: marker,
};

export type CityNames = Record<CityNameLocale, string>;

export function cityNamesOf(value: Record<string, unknown>): CityNames | undefined {
  if (value[CITY_NAMES_MARKER] !== true) return undefined;
  const names = (value.cityName ?? {}) as Partial<Record<CityNameLocale, unknown>>;
  return Object.fromEntries(cityNameLocales.map((locale) => [locale, String(names[locale] ?? "").trim()])) as CityNames;
}
