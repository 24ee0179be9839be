// Country names as the WCO and the United Nations write them, where CLDR's
// short forms (Intl.DisplayNames) differ: "Hong Kong SAR China",
// "Congo - Kinshasa", "Bosnia & Herzegovina" are CLDR's menu forms, not
// institutional names. One reviewed table per locale; every name not listed
// here is CLDR's, which was reviewed against the same sources for every WCO
// Member's territory in the regions of prisma/seed/data/regions.ts (the
// 183 territories of the six WCO regions) and the Members the demo regions
// do not list (wcoMembersBeyondRegions below) on 7 December 2026.
//
// Sources:
// - UNTERM, the United Nations terminology database (unterm.un.org), "short
//   name" of each country in English, French, Spanish, Russian and Arabic;
// - the WCO's list of Members (wcoomd.org, "Membership" / "Liste des
//   Membres"), which names the two customs territories "Hong Kong, China" and
//   "Macao, China" (French "Hong Kong, Chine", "Macao, Chine"), the names used
//   in the WTO as well; the other languages follow the same pattern
//   (UNTERM's "China" in that language).
// tests/unit/country-names.test.ts walks every country the site shows in
// every locale and fails on CLDR's marks (" - ", "&", "SAR").
import type { AppLocale } from "@/i18n/routing";

/**
 * WCO Members whose territories the demo regions do not list: Bermuda (a
 * customs territory), Kosovo and the State of Palestine (the WCO's 186
 * Members are these three and the 183 of the regions), and Saint Vincent and
 * the Grenadines (the 187th Member, September 2025). Their names are reviewed
 * here all the same, so that a region that adds them shows them right.
 */
export const wcoMembersBeyondRegions = ["BM", "PS", "VC", "XK"] as const;

export const countryNameOverrides: Record<AppLocale, Readonly<Record<string, string>>> = {
  en: {
    AG: "Antigua and Barbuda",
    BA: "Bosnia and Herzegovina",
    CD: "Democratic Republic of the Congo",
    CG: "Congo",
    CV: "Cabo Verde",
    HK: "Hong Kong, China",
    KN: "Saint Kitts and Nevis",
    LC: "Saint Lucia",
    MM: "Myanmar",
    MO: "Macao, China",
    PS: "State of Palestine",
    ST: "Sao Tome and Principe",
    TT: "Trinidad and Tobago",
    VC: "Saint Vincent and the Grenadines",
    VN: "Viet Nam",
  },
  fr: {
    CD: "République démocratique du Congo",
    CG: "Congo",
    CV: "Cabo Verde",
    HK: "Hong Kong, Chine",
    MM: "Myanmar",
    MO: "Macao, Chine",
    PS: "État de Palestine",
    TL: "Timor-Leste",
  },
  es: {
    HK: "Hong Kong, China",
    MM: "Myanmar",
    MO: "Macao, China",
    PS: "Estado de Palestina",
    VN: "Viet Nam",
  },
  ru: {
    AE: "Объединенные Арабские Эмираты",
    CD: "Демократическая Республика Конго",
    CG: "Конго",
    HK: "Гонконг, Китай",
    // Also the Kyrgyz Republic's own Russian usage (CLDR: «Киргизия»).
    KG: "Кыргызстан",
    MM: "Мьянма",
    MO: "Макао, Китай",
    PG: "Папуа-Новая Гвинея",
    SB: "Соломоновы Острова",
    SC: "Сейшельские Острова",
    TL: "Тимор-Лешти",
    BM: "Бермудские острова",
    PS: "Государство Палестина",
  },
  ar: {
    CD: "جمهورية الكونغو الديمقراطية",
    CG: "الكونغو",
    CI: "كوت ديفوار",
    CV: "كابو فيردي",
    HK: "هونغ كونغ، الصين",
    MM: "ميانمار",
    MO: "ماكاو، الصين",
    PS: "دولة فلسطين",
    TL: "تيمور-ليشتي",
  },
};
