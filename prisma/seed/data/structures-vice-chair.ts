// One Vice-Chair's office per region. The holders and terms are illustrative
// demo values; each term is a dated history entry rather than an overwritten fact.
import { sharedTexts } from "./structure-texts";
import type { HistorySeed, Locale, StructureSeed, StructureTextSeed } from "./types";

const text = (locale: Locale, name: string, hostAdministration: string, description: string): StructureTextSeed => ({
  name,
  hostAdministration,
  description,
  ...sharedTexts("VICE_CHAIR", locale),
});

const CURRENT_TERM = { startsOn: "2025-07-01", endsOn: "2027-06-30" };
const EARLIER_TERM = { startsOn: "2023-07-01", endsOn: "2025-06-30" };

function term(
  period: { startsOn: string; endsOn: string },
  countryCode: string,
  city: string,
  t: HistorySeed["t"],
): HistorySeed {
  return { kind: "VICE_CHAIR_TERM", ...period, countryCode, city, t };
}

type Office = Pick<StructureSeed, "region" | "countryCode" | "city" | "latitude" | "longitude" | "headName" | "phone">;

function office(place: Office, t: StructureSeed["t"], history: HistorySeed[]): StructureSeed {
  const key = place.region.toLowerCase();
  return {
    ...place,
    slug: `vice-chair-${key}`,
    kind: "VICE_CHAIR",
    address: `Office of the Vice-Chair, 1 Example Square, ${place.city}`,
    email: `vice-chair.${key}@example.org`,
    website: "",
    t,
    history,
  };
}

export const viceChairOffices: StructureSeed[] = [
  office(
    {
      region: "EUR",
      countryCode: "PL",
      city: "Warsaw",
      latitude: 52.2297,
      longitude: 21.0122,
      headName: "Marek Przykładowy",
      phone: "+48 22 000 00 00",
    },
    {
      en: text(
        "en",
        "Office of the Vice-Chair for the Europe Region",
        "National Revenue Administration of Poland",
        "Speaks for the Europe region in the WCO Council and Policy Commission and consults the region's Members before each session.",
      ),
      fr: text(
        "fr",
        "Bureau du vice-président pour la région Europe",
        "Administration nationale des recettes de Pologne",
        "Porte la voix de la région Europe au Conseil et à la Commission de politique générale de l’OMD et consulte les Membres de la région avant chaque session.",
      ),
      ru: text(
        "ru",
        "Офис заместителя Председателя Совета ВТамО от Европейского региона",
        "Национальная налоговая администрация Польши",
        "Представляет Европейский регион в Совете и Комиссии по политике ВТамО и консультируется с членами региона перед каждой сессией.",
      ),
    },
    [
      term(EARLIER_TERM, "NL", "The Hague", {
        en: "Term of the Netherlands as Vice-Chair for the Europe region.",
        fr: "Mandat de vice-président exercé par les Pays-Bas pour la région Europe.",
        ru: "Срок полномочий Нидерландов в качестве заместителя Председателя от Европейского региона.",
      }),
      term(CURRENT_TERM, "PL", "Warsaw", {
        en: "Term of Poland as Vice-Chair for the Europe region.",
        fr: "Mandat de vice-président exercé par la Pologne pour la région Europe.",
        ru: "Срок полномочий Польши в качестве заместителя Председателя от Европейского региона.",
      }),
    ],
  ),
  office(
    {
      region: "AP",
      countryCode: "MY",
      city: "Putrajaya",
      latitude: 2.9264,
      longitude: 101.6964,
      headName: "Aisyah Contoh",
      phone: "+60 3 0000 0000",
    },
    {
      en: text(
        "en",
        "Office of the Vice-Chair for the Asia/Pacific Region",
        "Royal Malaysian Customs Department",
        "Represents the Asia/Pacific region in the WCO governing bodies and hosts the yearly conference of the region's heads of customs.",
      ),
      fr: text(
        "fr",
        "Bureau du vice-président pour la région Asie/Pacifique",
        "Département royal des douanes de Malaisie",
        "Représente la région Asie/Pacifique dans les organes directeurs de l’OMD et accueille la conférence annuelle des directeurs généraux des douanes de la région.",
      ),
    },
    [
      term(CURRENT_TERM, "MY", "Putrajaya", {
        en: "Term of Malaysia as Vice-Chair for the Asia/Pacific region.",
        fr: "Mandat de vice-président exercé par la Malaisie pour la région Asie/Pacifique.",
      }),
    ],
  ),
  office(
    {
      region: "AMS",
      countryCode: "MX",
      city: "Mexico City",
      latitude: 19.4326,
      longitude: -99.1332,
      headName: "Diego Ejemplar",
      phone: "+52 55 0000 0000",
    },
    {
      en: text(
        "en",
        "Office of the Vice-Chair for the Americas and Caribbean Region",
        "National Customs Agency of Mexico",
        "Carries the positions of the Americas and the Caribbean to the WCO Council and coordinates the region's heads of customs between sessions.",
      ),
      fr: text(
        "fr",
        "Bureau du vice-président pour la région Amériques et Caraïbes",
        "Agence nationale des douanes du Mexique",
        "Porte les positions des Amériques et des Caraïbes au Conseil de l’OMD et coordonne les directeurs des douanes de la région entre les sessions.",
      ),
      es: text(
        "es",
        "Oficina de la Vicepresidencia para la Región de las Américas y el Caribe",
        "Agencia Nacional de Aduanas de México",
        "Lleva las posiciones de las Américas y el Caribe al Consejo de la OMA y coordina a los directores de aduanas de la región entre sesiones.",
      ),
    },
    [
      term(EARLIER_TERM, "CL", "Santiago", {
        en: "Term of Chile as Vice-Chair for the Americas and Caribbean region.",
        fr: "Mandat de vice-président exercé par le Chili pour la région Amériques et Caraïbes.",
        es: "Mandato de Chile en la Vicepresidencia para la región de las Américas y el Caribe.",
      }),
      term(CURRENT_TERM, "MX", "Mexico City", {
        en: "Term of Mexico as Vice-Chair for the Americas and Caribbean region.",
        fr: "Mandat de vice-président exercé par le Mexique pour la région Amériques et Caraïbes.",
        es: "Mandato de México en la Vicepresidencia para la región de las Américas y el Caribe.",
      }),
    ],
  ),
  office(
    {
      region: "ESA",
      countryCode: "UG",
      city: "Kampala",
      latitude: 0.3476,
      longitude: 32.5825,
      headName: "Grace Ekyokulabirako",
      phone: "+256 41 000 0000",
    },
    {
      en: text(
        "en",
        "Office of the Vice-Chair for the East and Southern Africa Region",
        "Uganda Revenue Authority",
        "Represents East and Southern Africa in the WCO Council and works with the regional office in Nairobi on the region's priorities.",
      ),
      fr: text(
        "fr",
        "Bureau du vice-président pour la région Afrique orientale et australe",
        "Office des recettes de l’Ouganda",
        "Représente l’Afrique orientale et australe au Conseil de l’OMD et travaille avec le bureau régional de Nairobi sur les priorités de la région.",
      ),
    },
    [
      term(CURRENT_TERM, "UG", "Kampala", {
        en: "Term of Uganda as Vice-Chair for the East and Southern Africa region.",
        fr: "Mandat de vice-président exercé par l’Ouganda pour la région Afrique orientale et australe.",
      }),
    ],
  ),
  office(
    {
      region: "WCA",
      countryCode: "SN",
      city: "Dakar",
      latitude: 14.7167,
      longitude: -17.4677,
      headName: "Moussa Misaal",
      phone: "+221 33 000 00 00",
    },
    {
      en: text(
        "en",
        "Office of the Vice-Chair for the West and Central Africa Region",
        "General Directorate of Customs of Senegal",
        "Speaks for West and Central Africa in the WCO governing bodies and chairs the region's conference of directors general of customs.",
      ),
      fr: text(
        "fr",
        "Bureau du vice-président pour la région Afrique occidentale et centrale",
        "Direction générale des douanes du Sénégal",
        "Porte la voix de l’Afrique occidentale et centrale dans les organes directeurs de l’OMD et préside la conférence régionale des directeurs généraux des douanes.",
      ),
    },
    [
      term(CURRENT_TERM, "SN", "Dakar", {
        en: "Term of Senegal as Vice-Chair for the West and Central Africa region.",
        fr: "Mandat de vice-président exercé par le Sénégal pour la région Afrique occidentale et centrale.",
      }),
    ],
  ),
  office(
    {
      region: "MENA",
      countryCode: "MA",
      city: "Rabat",
      latitude: 34.0209,
      longitude: -6.8416,
      headName: "Nadia Namudhaj",
      phone: "+212 537 00 00 00",
    },
    {
      en: text(
        "en",
        "Office of the Vice-Chair for the North of Africa, Near and Middle East Region",
        "Customs and Indirect Tax Administration of Morocco",
        "Represents the region in the WCO Council and brings together its heads of customs to agree common positions.",
      ),
      fr: text(
        "fr",
        "Bureau du vice-président pour la région Afrique du Nord, Proche- et Moyen-Orient",
        "Administration des douanes et impôts indirects du Maroc",
        "Représente la région au Conseil de l’OMD et réunit ses directeurs généraux des douanes pour arrêter des positions communes.",
      ),
      ar: text(
        "ar",
        "مكتب نائب الرئيس لإقليم شمال أفريقيا والشرق الأدنى والأوسط",
        "إدارة الجمارك والضرائب غير المباشرة بالمغرب",
        "يمثل الإقليم في مجلس منظمة الجمارك العالمية ويجمع رؤساء إدارات الجمارك فيه للاتفاق على مواقف مشتركة.",
      ),
    },
    [
      term(CURRENT_TERM, "MA", "Rabat", {
        en: "Term of Morocco as Vice-Chair for the North of Africa, Near and Middle East region.",
        fr: "Mandat de vice-président exercé par le Maroc pour la région Afrique du Nord, Proche- et Moyen-Orient.",
        ar: "ولاية المغرب نائبًا للرئيس عن إقليم شمال أفريقيا والشرق الأدنى والأوسط.",
      }),
    ],
  ),
];
