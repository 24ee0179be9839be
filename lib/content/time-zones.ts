// The time zones offered to staff: one curated list of canonical IANA zones
// for the WCO's member countries (the runtime's own list still carries
// deprecated aliases such as Asia/Calcutta, Europe/Kiev or Asia/Rangoon),
// each named for the reader: the country in their language, the zone's
// generic name where a country has several, and its offset.
import { countryName, timeZoneLabel } from "./format";
import { intlLocale } from "./intl-locale";
import { isValidTimeZone } from "./time-zone";
import type { AppLocale } from "@/i18n/routing";

/** Country (ISO 3166-1) → its zones, the main one (its capital's) first. */
const zonesByCountry: Record<string, string[]> = {
  AD: ["Europe/Andorra"],
  AE: ["Asia/Dubai"],
  AF: ["Asia/Kabul"],
  AL: ["Europe/Tirane"],
  AM: ["Asia/Yerevan"],
  AO: ["Africa/Luanda"],
  AR: ["America/Argentina/Buenos_Aires"],
  AT: ["Europe/Vienna"],
  AU: ["Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Darwin", "Australia/Perth"],
  AZ: ["Asia/Baku"],
  BA: ["Europe/Sarajevo"],
  BB: ["America/Barbados"],
  BD: ["Asia/Dhaka"],
  BE: ["Europe/Brussels"],
  BF: ["Africa/Ouagadougou"],
  BG: ["Europe/Sofia"],
  BH: ["Asia/Bahrain"],
  BI: ["Africa/Bujumbura"],
  BJ: ["Africa/Porto-Novo"],
  BN: ["Asia/Brunei"],
  BO: ["America/La_Paz"],
  BR: ["America/Sao_Paulo", "America/Manaus", "America/Rio_Branco"],
  BS: ["America/Nassau"],
  BT: ["Asia/Thimphu"],
  BW: ["Africa/Gaborone"],
  BY: ["Europe/Minsk"],
  BZ: ["America/Belize"],
  CA: [
    "America/Toronto",
    "America/Halifax",
    "America/St_Johns",
    "America/Winnipeg",
    "America/Edmonton",
    "America/Vancouver",
  ],
  CD: ["Africa/Kinshasa", "Africa/Lubumbashi"],
  CF: ["Africa/Bangui"],
  CG: ["Africa/Brazzaville"],
  CH: ["Europe/Zurich"],
  CI: ["Africa/Abidjan"],
  CL: ["America/Santiago"],
  CM: ["Africa/Douala"],
  CN: ["Asia/Shanghai"],
  CO: ["America/Bogota"],
  CR: ["America/Costa_Rica"],
  CU: ["America/Havana"],
  CV: ["Atlantic/Cape_Verde"],
  CW: ["America/Curacao"],
  CY: ["Asia/Nicosia"],
  CZ: ["Europe/Prague"],
  DE: ["Europe/Berlin"],
  DJ: ["Africa/Djibouti"],
  DK: ["Europe/Copenhagen"],
  DO: ["America/Santo_Domingo"],
  DZ: ["Africa/Algiers"],
  EC: ["America/Guayaquil"],
  EE: ["Europe/Tallinn"],
  EG: ["Africa/Cairo"],
  ER: ["Africa/Asmara"],
  ES: ["Europe/Madrid", "Atlantic/Canary"],
  ET: ["Africa/Addis_Ababa"],
  FI: ["Europe/Helsinki"],
  FJ: ["Pacific/Fiji"],
  FR: ["Europe/Paris"],
  GA: ["Africa/Libreville"],
  GB: ["Europe/London"],
  GE: ["Asia/Tbilisi"],
  GH: ["Africa/Accra"],
  GM: ["Africa/Banjul"],
  GN: ["Africa/Conakry"],
  GQ: ["Africa/Malabo"],
  GR: ["Europe/Athens"],
  GT: ["America/Guatemala"],
  GW: ["Africa/Bissau"],
  GY: ["America/Guyana"],
  HK: ["Asia/Hong_Kong"],
  HN: ["America/Tegucigalpa"],
  HR: ["Europe/Zagreb"],
  HT: ["America/Port-au-Prince"],
  HU: ["Europe/Budapest"],
  ID: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"],
  IE: ["Europe/Dublin"],
  IL: ["Asia/Jerusalem"],
  IN: ["Asia/Kolkata"],
  IQ: ["Asia/Baghdad"],
  IR: ["Asia/Tehran"],
  IS: ["Atlantic/Reykjavik"],
  IT: ["Europe/Rome"],
  JM: ["America/Jamaica"],
  JO: ["Asia/Amman"],
  JP: ["Asia/Tokyo"],
  KE: ["Africa/Nairobi"],
  KG: ["Asia/Bishkek"],
  KH: ["Asia/Phnom_Penh"],
  KI: ["Pacific/Tarawa"],
  KM: ["Indian/Comoro"],
  KN: ["America/St_Kitts"],
  KR: ["Asia/Seoul"],
  KW: ["Asia/Kuwait"],
  KZ: ["Asia/Almaty"],
  LA: ["Asia/Vientiane"],
  LB: ["Asia/Beirut"],
  LC: ["America/St_Lucia"],
  LK: ["Asia/Colombo"],
  LR: ["Africa/Monrovia"],
  LS: ["Africa/Maseru"],
  LT: ["Europe/Vilnius"],
  LU: ["Europe/Luxembourg"],
  LV: ["Europe/Riga"],
  LY: ["Africa/Tripoli"],
  MA: ["Africa/Casablanca"],
  MD: ["Europe/Chisinau"],
  ME: ["Europe/Podgorica"],
  MG: ["Indian/Antananarivo"],
  MK: ["Europe/Skopje"],
  ML: ["Africa/Bamako"],
  MM: ["Asia/Yangon"],
  MN: ["Asia/Ulaanbaatar"],
  MO: ["Asia/Macau"],
  MR: ["Africa/Nouakchott"],
  MT: ["Europe/Malta"],
  MU: ["Indian/Mauritius"],
  MV: ["Indian/Maldives"],
  MW: ["Africa/Blantyre"],
  MX: ["America/Mexico_City", "America/Cancun", "America/Tijuana"],
  MY: ["Asia/Kuala_Lumpur"],
  MZ: ["Africa/Maputo"],
  NA: ["Africa/Windhoek"],
  NE: ["Africa/Niamey"],
  NG: ["Africa/Lagos"],
  NI: ["America/Managua"],
  NL: ["Europe/Amsterdam"],
  NO: ["Europe/Oslo"],
  NP: ["Asia/Kathmandu"],
  NZ: ["Pacific/Auckland"],
  OM: ["Asia/Muscat"],
  PA: ["America/Panama"],
  PE: ["America/Lima"],
  PG: ["Pacific/Port_Moresby"],
  PH: ["Asia/Manila"],
  PK: ["Asia/Karachi"],
  PL: ["Europe/Warsaw"],
  PT: ["Europe/Lisbon", "Atlantic/Azores"],
  PY: ["America/Asuncion"],
  QA: ["Asia/Qatar"],
  RO: ["Europe/Bucharest"],
  RS: ["Europe/Belgrade"],
  RU: [
    "Europe/Moscow",
    "Europe/Kaliningrad",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Novosibirsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Yakutsk",
    "Asia/Vladivostok",
    "Asia/Magadan",
    "Asia/Kamchatka",
  ],
  RW: ["Africa/Kigali"],
  SA: ["Asia/Riyadh"],
  SB: ["Pacific/Guadalcanal"],
  SC: ["Indian/Mahe"],
  SD: ["Africa/Khartoum"],
  SE: ["Europe/Stockholm"],
  SG: ["Asia/Singapore"],
  SI: ["Europe/Ljubljana"],
  SK: ["Europe/Bratislava"],
  SL: ["Africa/Freetown"],
  SN: ["Africa/Dakar"],
  SO: ["Africa/Mogadishu"],
  SR: ["America/Paramaribo"],
  SS: ["Africa/Juba"],
  ST: ["Africa/Sao_Tome"],
  SV: ["America/El_Salvador"],
  SY: ["Asia/Damascus"],
  SZ: ["Africa/Mbabane"],
  TD: ["Africa/Ndjamena"],
  TG: ["Africa/Lome"],
  TH: ["Asia/Bangkok"],
  TJ: ["Asia/Dushanbe"],
  TL: ["Asia/Dili"],
  TM: ["Asia/Ashgabat"],
  TN: ["Africa/Tunis"],
  TO: ["Pacific/Tongatapu"],
  TR: ["Europe/Istanbul"],
  TT: ["America/Port_of_Spain"],
  TZ: ["Africa/Dar_es_Salaam"],
  UA: ["Europe/Kyiv"],
  UG: ["Africa/Kampala"],
  US: [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
  ],
  UY: ["America/Montevideo"],
  UZ: ["Asia/Tashkent"],
  VE: ["America/Caracas"],
  VN: ["Asia/Ho_Chi_Minh"],
  VU: ["Pacific/Efate"],
  WS: ["Pacific/Apia"],
  YE: ["Asia/Aden"],
  ZA: ["Africa/Johannesburg"],
  ZM: ["Africa/Lusaka"],
  ZW: ["Africa/Harare"],
};

export const CURATED_ZONES: ReadonlySet<string> = new Set(["UTC", ...Object.values(zonesByCountry).flat()]);

/** The zone a meeting in this country most likely uses (its capital's), or null. */
export function defaultTimeZone(countryCode: string | null | undefined): string | null {
  return (countryCode && zonesByCountry[countryCode.toUpperCase()]?.[0]) || null;
}

/**
 * The zone of a city: in a country of several zones, the zone named after the
 * city when there is one (Novosibirsk → Asia/Novosibirsk, Vancouver →
 * America/Vancouver), else the country's main zone.
 */
export function zoneOfCity(city: string | null | undefined, countryCode: string | null | undefined): string | null {
  const zones = (countryCode && zonesByCountry[countryCode.toUpperCase()]) || [];
  const wanted = (city ?? "").trim().toLowerCase();
  const named = wanted
    ? zones.find((zone) => zone.split("/").pop()!.replace(/_/g, " ").toLowerCase() === wanted)
    : null;
  return named ?? zones[0] ?? null;
}

/** Country → its main zone, for the form to follow the host or the venue. */
export const mainZones: Record<string, string> = Object.fromEntries(
  Object.entries(zonesByCountry).map(([country, zones]) => [country, zones[0]]),
);

function zoneName(zone: string, locale: AppLocale, style: "longGeneric" | "shortOffset" | "long") {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, timeZoneName: style }).formatToParts(
    new Date(),
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

export type TimeZoneOption = { value: string; label: string };

/**
 * The zones of the select, named in `locale` and sorted by country: UTC
 * first; `keep` adds a meeting's current zone when it is not in the list (a
 * deprecated alias stored long ago), so the select never drops its value.
 */
export function timeZoneOptions(locale: AppLocale, keep: string[] = []): TimeZoneOption[] {
  const collator = new Intl.Collator(intlLocale(locale));
  const options = Object.entries(zonesByCountry).flatMap(([country, zones]) =>
    zones.map((zone) => {
      const place =
        zones.length > 1
          ? `${countryName(country, locale)} — ${zoneName(zone, locale, "longGeneric")}`
          : countryName(country, locale);
      return { value: zone, label: `${place} (${zoneName(zone, locale, "shortOffset")})` };
    }),
  );
  options.sort((a, b) => collator.compare(a.label, b.label));
  const extra = keep
    .filter((zone) => !CURATED_ZONES.has(zone) && isValidTimeZone(zone))
    .map((zone) => ({ value: zone, label: timeZoneLabel(zone, new Date(), locale) }));
  return [{ value: "UTC", label: zoneName("UTC", locale, "long") }, ...extra, ...options];
}
