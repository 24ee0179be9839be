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
      fr: "Réunions des structures régionales de la région Europe de l'OMD",
      ru: "Совещания региональных структур Европейского региона ВТамО",
    },
  },
  {
    slug: SEED_SLUGS.seriesInformal,
    kind: "GLOBAL_INFORMAL_MEETING",
    t: {
      en: "Informal Meetings of the ROCBs, RTCs and Vice-Chairs' offices",
      fr: "Réunions informelles des BRRC, des CRF et des bureaux des vice-présidents",
      es: "Reuniones informales de las ORFC, los CRC y las oficinas de las vicepresidencias",
    },
  },
  {
    slug: "capacity-building-committee",
    kind: "COMMITTEE",
    t: { en: "Capacity Building Committee", fr: "Comité du renforcement des capacités", es: "Comité de Fortalecimiento de Capacidades" },
  },
  {
    slug: "integrity-sub-committee",
    kind: "COMMITTEE",
    t: { en: "Integrity Sub-Committee", fr: "Sous-Comité sur l'éthique", es: "Subcomité de Integridad" },
  },
];
