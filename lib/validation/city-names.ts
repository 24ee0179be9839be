// The city's name in the other languages, as staff type it beside the
// English city of a meeting (the gazetteer, CityName): one single-line field
// per language (cityName.<locale>, the one field scheme of form-fields.ts).
//
// The names belong to the city, so a routine save must never destroy them:
// an empty field means "no change". Removing a name is its own explicit
// action, a checkbox per language (cityNameRemove.<locale>) shown with the
// pages it affects, and only for the city the fields were loaded for
// (cityNamesFor, "<country>/<city>"): a removal ticked for one city never
// lands on another.
import { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import { lineString } from "./text-rules";

export const cityNameLocales = ["fr", "es", "ru", "ar"] as const satisfies readonly AppLocale[];
export type CityNameLocale = (typeof cityNameLocales)[number];

export const cityNameField = (locale: CityNameLocale) => `cityName.${locale}`;
export const cityNameRemoveField = (locale: CityNameLocale) => `cityNameRemove.${locale}`;

const name = z.preprocess((v) => (v == null ? "" : v), lineString().max(120));
const ticked = z.preprocess((v) => v === "1" || v === "on", z.boolean());

/** The form marks that it holds the fields ("cityNames=1"): a post without them (a script, an older form) leaves the names as they are. */
export const CITY_NAMES_MARKER = "cityNames";
/** The hidden field naming the city the fields were loaded for. */
export const CITY_NAMES_FOR = "cityNamesFor";

const marker = z.preprocess((v) => v === "1", z.boolean());

/** One field and one removal checkbox per language, the marker and the city they were loaded for. */
export const cityNamesShape = {
  cityName: z.object({ fr: name, es: name, ru: name, ar: name }).partial().optional(),
  cityNameRemove: z.object({ fr: ticked, es: ticked, ru: ticked, ar: ticked }).partial().optional(),
  cityNames: marker,
  cityNamesFor: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(200)),
};

/** The key of a city in the gazetteer, as the hidden field carries it. */
export const cityKey = (countryCode: string | null, city: string) =>
  countryCode && city ? `${countryCode}/${city}` : "";

/** What a save asks of the gazetteer: names to set (typed), languages whose name to remove (ticked). */
export type CityNameChanges = { set: Partial<Record<CityNameLocale, string>>; remove: CityNameLocale[] };

type RawCityNames = {
  cityName?: Partial<Record<CityNameLocale, string>>;
  cityNameRemove?: Partial<Record<CityNameLocale, boolean>>;
  cityNames: boolean;
  cityNamesFor: string;
};

/** The changes the form asks for; undefined when the form did not hold the fields. Empty fields ask for nothing. */
export function cityNameChangesOf(value: RawCityNames): CityNameChanges | undefined {
  if (!value.cityNames) return undefined;
  const set: CityNameChanges["set"] = {};
  const remove: CityNameLocale[] = [];
  for (const locale of cityNameLocales) {
    const typed = (value.cityName?.[locale] ?? "").trim();
    if (value.cityNameRemove?.[locale]) remove.push(locale);
    else if (typed) set[locale] = typed;
  }
  return { set, remove };
}

export const hasCityNameChanges = (changes: CityNameChanges | undefined) =>
  !!changes && (Object.keys(changes.set).length > 0 || changes.remove.length > 0);

/**
 * The cross-field rules of the names (issues on their own fields): a name
 * typed and its removal ticked at once; names without a city and country to
 * belong to; a removal for a city other than the one the fields showed.
 */
export function checkCityNames(
  value: RawCityNames & { city: string; countryCode: string | null },
  issue: (path: string[], message: string) => void,
) {
  if (!value.cityNames) return;
  for (const locale of cityNameLocales) {
    if (value.cityNameRemove?.[locale] && (value.cityName?.[locale] ?? "").trim())
      issue(["cityName", locale], "cityNameAndRemoval");
  }
  const changes = cityNameChangesOf(value);
  if (hasCityNameChanges(changes) && (!value.city || !value.countryCode)) issue(["countryCode"], "cityNamesNeedPlace");
  if (changes?.remove.length && value.cityNamesFor !== cityKey(value.countryCode, value.city)) {
    for (const locale of changes.remove) issue(["cityNameRemove", locale], "cityNameRemovalMoved");
  }
}

export type CityNames = Record<CityNameLocale, string>;
