// The directory as the extractor reads it: every name of a structure,
// an organization or a city in every language, with the short forms the
// network's news use ("ROCB Europe", "RTC in Bishkek", «РУЦ в Бишкеке»).
import type { ImportDirectory } from "./types";

export type DirectorySource = {
  structures: {
    slug: string;
    kind: string;
    regionCode: string;
    countryCode: string;
    city: string;
    names: string[];
  }[];
  organizations: { slug: string; countryCode: string | null; names: string[] }[];
  /** English city name and country → the city's names in the other languages. */
  cities: { city: string; countryCode: string; names: Partial<Record<"fr" | "es" | "ru" | "ar", string>> }[];
  countryRegions: Record<string, string>;
};

const REGION_SHORT: Record<string, string[]> = {
  EUR: ["Europe", "Европа", "Europa", "أوروبا"],
  AP: ["Asia/Pacific", "Asia Pacific", "A/P", "Asie/Pacifique", "Asia/Pacífico", "АТР"],
  AMS: ["Americas and the Caribbean", "Americas", "Amériques", "Américas"],
  ESA: ["ESA", "East and Southern Africa", "Afrique orientale et australe", "África Oriental y Austral"],
  WCA: ["WCA", "West and Central Africa", "Afrique occidentale et centrale", "África Occidental y Central"],
  MENA: ["MENA", "North of Africa, Near and Middle East"],
};

export function buildDirectory(source: DirectorySource): ImportDirectory {
  const cityNames = (city: string, countryCode: string) => {
    const entry = source.cities.find((c) => c.city === city && c.countryCode === countryCode);
    return {
      en: city,
      fr: entry?.names.fr ?? city,
      es: entry?.names.es ?? city,
      ru: entry?.names.ru,
      ar: entry?.names.ar,
    };
  };
  const structures = source.structures.map((s) => {
    const names = new Set(s.names);
    const c = cityNames(s.city, s.countryCode);
    if (s.kind === "RTC") {
      for (const centre of ["Centre", "Center"]) {
        names.add(`Regional Training ${centre} in ${c.en}`);
        names.add(`Regional Training ${centre} (RTC) in ${c.en}`);
        names.add(`Regional Training ${centre} ${c.en}`);
      }
      names.add(`RTC ${c.en}`);
      names.add(`RTC in ${c.en}`);
      names.add(`RTC of ${c.en}`);
      names.add(`CRF de ${c.fr}`);
      names.add(`CRF à ${c.fr}`);
      names.add(`centre régional de formation de ${c.fr}`);
      names.add(`centre régional de formation à ${c.fr}`);
      names.add(`Centre régional de formation de l'OMD à ${c.fr}`);
      names.add(`Centro Regional de Capacitación de la OMA en ${c.es}`);
      names.add(`WCO Regional Training Centre in ${c.en}`);
      names.add(`Centro Regional de Capacitación de ${c.es}`);
      names.add(`Centro Regional de Capacitación en ${c.es}`);
      names.add(`Centro Regional de Formación de ${c.es}`);
      names.add(`CRC de ${c.es}`);
      if (c.ru) {
        names.add(`РУЦ в ${c.ru}`);
        names.add(`РУЦ ${c.ru}`);
        names.add(`Региональный учебный центр в ${c.ru}`);
        names.add(`Региональный учебный центр ВТамО в ${c.ru}`);
      }
      if (c.ar) {
        names.add(`المركز الإقليمي للتدريب في ${c.ar}`);
        names.add(`المركز الإقليمي للتدريب التابع لمنظمة الجمارك العالمية في ${c.ar}`);
      }
    } else if (s.kind === "ROCB") {
      for (const region of REGION_SHORT[s.regionCode] ?? []) {
        names.add(`ROCB ${region}`);
        names.add(`BRRC ${region}`);
        names.add(`ORFC ${region}`);
        names.add(`БРСП ${region}`);
        names.add(`ROCB for ${region}`);
        names.add(`ROCB for the ${region}`);
        names.add(`ORFC de las ${region}`);
        names.add(`ORFC para las ${region}`);
        names.add(`BRRC de l'${region}`);
        names.add(`BRRC pour l'${region}`);
      }
    }
    return { ...s, names: [...names] };
  });
  return {
    structures,
    organizations: source.organizations,
    cities: source.cities.map((c) => ({
      city: c.city,
      countryCode: c.countryCode,
      names: cityForms([c.city, ...Object.values(c.names).filter((n): n is string => !!n)]),
    })),
    countryRegions: source.countryRegions,
  };
}

/** "Le Caire" is also written "au Caire", "El Cairo" "en El Cairo" or "Cairo". */
function cityForms(names: string[]): string[] {
  const forms = new Set(names);
  for (const name of names) {
    const m = name.match(/^(le|la|les|el|al-)\s*(.+)$/iu);
    if (m && m[2].length >= 3) forms.add(m[2]);
  }
  return [...forms];
}
