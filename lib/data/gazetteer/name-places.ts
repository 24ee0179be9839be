import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { formatPlace } from "@/lib/content/format";
import { cacheTags, tagRender } from "@/lib/cache/tags";

export type CityNamer = (city: string | null | undefined, countryCode: string | null | undefined) => string;

/**
 * The gazetteer of one language (CityName: a few rows per city the portal
 * names), read once per render: meetings and structures store the English
 * name, and a city without a name in the language keeps it. Pages that name a
 * place carry the `places` tag, which staff edits of a city's names invalidate.
 */
async function loadCityNames(locale: AppLocale): Promise<Map<string, string>> {
  if (locale === "en") return new Map();
  const rows = await prisma.cityName.findMany({
    where: { locale },
    select: { countryCode: true, city: true, name: true },
  });
  await tagRender([cacheTags.places]);
  return new Map(rows.map((row) => [`${row.countryCode.trim()}|${row.city}`, row.name]));
}

const cityNamesOfRender = cache(loadCityNames);

/** A function naming cities in the locale (one query per render, shared by every component of the page). */
export async function cityNamer(locale: AppLocale, { perRender = true } = {}): Promise<CityNamer> {
  const names = await (perRender ? cityNamesOfRender : loadCityNames)(locale);
  return (city, countryCode) => {
    if (!city) return "";
    return (countryCode && names.get(`${countryCode.trim().toUpperCase()}|${city}`)) || city;
  };
}

/**
 * "Бишкек, Кыргызстан": the city in the locale (English where it has no name
 * in it) and the country's name (lib/content/format.ts), joined by the
 * locale's separator (Meeting.place: "{city}, {country}", Arabic "،").
 */
export async function placeFormatter(
  locale: AppLocale,
  joinPlace: (city: string, country: string) => string,
  options?: { perRender?: boolean },
) {
  const city = await cityNamer(locale, options);
  return (rawCity: string | null | undefined, countryCode: string | null | undefined): string =>
    formatPlace(city(rawCity, countryCode), countryCode, locale, joinPlace);
}
