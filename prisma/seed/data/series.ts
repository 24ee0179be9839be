// Numbered meeting series.
import { SEED_SLUGS } from "../keys";
import type { SeriesSeed } from "./types";

export const series: SeriesSeed[] = [
  {
    slug: SEED_SLUGS.seriesEurope,
    kind: "REGIONAL_STRUCTURES_MEETING",
    region: "EUR",
    t: {
      en: "Meetings of the Regional Structures of the WCO Europe Region",
      fr: "Réunions des structures régionales de la région Europe de l’OMD",
      ru: "Совещания региональных структур Европейского региона ВТамО",
      es: "Reuniones de las Estructuras Regionales de la Región de Europa de la OMA",
      ar: "اجتماعات الهياكل الإقليمية لإقليم أوروبا التابع لمنظمة الجمارك العالمية",
    },
  },
  {
    slug: SEED_SLUGS.seriesInformal,
    kind: "GLOBAL_INFORMAL_MEETING",
    t: {
      en: "Informal Meetings of the ROCBs, RTCs and Vice-Chairs' offices",
      fr: "Réunions informelles des BRRC, des CRF et des bureaux des vice-présidents",
      es: "Reuniones informales de las ORFC, los CRC y las Oficinas de las Vicepresidencias",
      ru: "Неформальные совещания РБНП, РУЦ и офисов заместителей Председателя",
      ar: "الاجتماعات غير الرسمية للمكاتب الإقليمية لبناء القدرات ومراكز التدريب الإقليمية ومكاتب نواب الرئيس",
    },
  },
  {
    slug: "capacity-building-committee",
    kind: "COMMITTEE",
    t: {
      en: "Capacity Building Committee",
      fr: "Comité du renforcement des capacités",
      es: "Comité de Fortalecimiento de Capacidades",
      ru: "Комитет по наращиванию потенциала",
      ar: "لجنة بناء القدرات",
    },
  },
  {
    slug: "integrity-sub-committee",
    kind: "COMMITTEE",
    t: {
      en: "Integrity Sub-Committee",
      fr: "Sous-Comité sur l’éthique",
      es: "Subcomité de Integridad",
      ru: "Подкомитет по добросовестности",
      ar: "اللجنة الفرعية للنزاهة",
    },
  },
];
