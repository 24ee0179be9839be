// Attendees that are not regional structures: the WCO Secretariat, partners
// and member administrations.
import { SEED_SLUGS } from "../keys";
import type { OrganizationSeed } from "./types";

export const organizations: OrganizationSeed[] = [
  {
    slug: SEED_SLUGS.wcoSecretariat,
    kind: "WCO_SECRETARIAT",
    countryCode: "BE",
    website: "https://www.wcoomd.org",
    t: {
      en: "WCO Secretariat",
      fr: "Secrétariat de l’OMD",
      es: "Secretaría de la OMA",
      ru: "Секретариат ВТамО",
      ar: "الأمانة العامة لمنظمة الجمارك العالمية",
    },
  },
  {
    slug: SEED_SLUGS.osceBishkek,
    kind: "PARTNER",
    countryCode: "KG",
    website: "https://osce-bishkek.example.org",
    t: {
      en: "OSCE Programme Office in Bishkek",
      fr: "Bureau de programme de l’OSCE à Bichkek",
      es: "Oficina de Programas de la OSCE en Biskek",
      ru: "Офис программ ОБСЕ в Бишкеке",
      ar: "مكتب برامج منظمة الأمن والتعاون في أوروبا في بيشكيك",
    },
  },
  {
    slug: "customs-kyrgyzstan",
    kind: "MEMBER_ADMINISTRATION",
    countryCode: "KG",
    t: {
      en: "State Customs Committee of the Kyrgyz Republic",
      fr: "Comité national des douanes de la République kirghize",
      ru: "Государственный таможенный комитет Кыргызской Республики",
      es: "Comité Estatal de Aduanas de la República Kirguisa",
      ar: "لجنة الجمارك الحكومية للجمهورية القيرغيزية",
    },
  },
  {
    slug: "customs-azerbaijan",
    kind: "MEMBER_ADMINISTRATION",
    countryCode: "AZ",
    t: {
      en: "State Customs Committee of the Republic of Azerbaijan",
      fr: "Comité national des douanes de la République d’Azerbaïdjan",
      ru: "Государственный таможенный комитет Азербайджанской Республики",
      es: "Comité Estatal de Aduanas de la República de Azerbaiyán",
      ar: "لجنة الجمارك الحكومية لجمهورية أذربيجان",
    },
  },
  {
    slug: "customs-belgium",
    kind: "MEMBER_ADMINISTRATION",
    countryCode: "BE",
    t: {
      en: "General Administration of Customs and Excise of Belgium",
      fr: "Administration générale des douanes et accises de Belgique",
      ru: "Главное управление таможни и акцизов Бельгии",
      es: "Administración General de Aduanas e Impuestos Especiales de Bélgica",
      ar: "الإدارة العامة للجمارك والمكوس في بلجيكا",
    },
  },
  {
    slug: "customs-uruguay",
    kind: "MEMBER_ADMINISTRATION",
    countryCode: "UY",
    t: {
      en: "National Customs Directorate of Uruguay",
      fr: "Direction nationale des douanes de l’Uruguay",
      es: "Dirección Nacional de Aduanas del Uruguay",
      ru: "Национальное таможенное управление Уругвая",
      ar: "المديرية الوطنية للجمارك في أوروغواي",
    },
  },
];
