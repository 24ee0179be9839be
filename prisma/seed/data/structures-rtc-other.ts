// Regional Training Centres outside Europe, in English and French plus the
// region's other working language where there is one (Spanish, Arabic).
import { sharedTexts } from "./structure-texts";
import type { Locale, StructureSeed, StructureTextSeed } from "./types";

const text = (locale: Locale, name: string, hostAdministration: string, description: string): StructureTextSeed => ({
  name,
  hostAdministration,
  description,
  ...sharedTexts("RTC", locale),
});

type Place = Pick<
  StructureSeed,
  "slug" | "region" | "countryCode" | "city" | "latitude" | "longitude" | "headName" | "phone"
>;

function rtc(place: Place, t: StructureSeed["t"]): StructureSeed {
  const key = place.slug.replace(/^rtc-/, "");
  return {
    ...place,
    kind: "RTC",
    address: `Training Centre, 1 Example Road, ${place.city}`,
    email: `rtc.${key}@example.org`,
    website: `https://rtc-${key}.example.org`,
    t,
  };
}

export const otherRtcs: StructureSeed[] = [
  rtc(
    {
      slug: "rtc-japan",
      region: "AP",
      countryCode: "JP",
      city: "Kashiwa",
      latitude: 35.8676,
      longitude: 139.9758,
      headName: "Hanako Reibun",
      phone: "+81 4 0000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Japan",
        "Japan Customs Training Institute",
        "Located at the customs training institute near Tokyo, the centre runs regional seminars on post-clearance audit, valuation and intellectual property enforcement.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD au Japon",
        "Institut de formation des douanes japonaises",
        "Situé à l’institut de formation des douanes près de Tokyo, le centre organise des séminaires régionaux sur le contrôle a posteriori, la valeur et la protection de la propriété intellectuelle.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-china",
      region: "AP",
      countryCode: "CN",
      city: "Shanghai",
      latitude: 31.2304,
      longitude: 121.4737,
      headName: "Li Shili",
      phone: "+86 21 0000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre China",
        "Shanghai Customs College",
        "Hosted by a customs college in Shanghai, the centre welcomes officers from across Asia and the Pacific for courses on trade facilitation and smart border technology.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD en Chine",
        "Collège des douanes de Shanghai",
        "Accueilli par un collège des douanes à Shanghai, le centre reçoit des agents de toute l’Asie-Pacifique pour des cours sur la facilitation des échanges et les technologies de frontière intelligente.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-india",
      region: "AP",
      countryCode: "IN",
      city: "Faridabad",
      latitude: 28.4089,
      longitude: 77.3178,
      headName: "Ravi Udaharan",
      phone: "+91 129 000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre India",
        "National Academy of Customs, Indirect Taxes and Narcotics",
        "The Indian centre shares its national academy campus with the region, offering courses on risk management, the Harmonized System and drug enforcement.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD en Inde",
        "Académie nationale des douanes, des impôts indirects et des stupéfiants",
        "Le centre indien ouvre à la région le campus de son académie nationale, avec des cours sur la gestion des risques, le Système harmonisé et la lutte contre le trafic de drogues.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-kenya",
      region: "ESA",
      countryCode: "KE",
      city: "Mombasa",
      latitude: -4.0435,
      longitude: 39.6682,
      headName: "Wanjiru Mfano",
      phone: "+254 41 000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Kenya",
        "Kenya Revenue Authority",
        "Close to the port of Mombasa, the centre trains officers of East Africa on cargo control, transit along the Northern Corridor and coordinated border management.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD au Kenya",
        "Office des recettes du Kenya",
        "Proche du port de Mombasa, le centre forme des agents d’Afrique de l’Est au contrôle du fret, au transit sur le corridor Nord et à la gestion coordonnée des frontières.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-south-africa",
      region: "ESA",
      countryCode: "ZA",
      city: "Pretoria",
      latitude: -25.7479,
      longitude: 28.2293,
      headName: "Thandi Isibonelo",
      phone: "+27 12 000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre South Africa",
        "South African Revenue Service",
        "The South African centre hosts regional courses on customs modernization and leadership and shares its e-learning experience with the administrations of Southern Africa.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD en Afrique du Sud",
        "Service des recettes sud-africain",
        "Le centre sud-africain accueille des cours régionaux sur la modernisation douanière et le leadership et partage son expérience de la formation en ligne avec les administrations d’Afrique australe.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-burkina-faso",
      region: "WCA",
      countryCode: "BF",
      city: "Ouagadougou",
      latitude: 12.3714,
      longitude: -1.5197,
      headName: "Issa Exemple",
      phone: "+226 25 00 00 00",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Burkina Faso",
        "General Directorate of Customs of Burkina Faso",
        "The centre in Ouagadougou trains French-speaking officers of the Sahel and coastal countries, with a focus on transit for landlocked economies.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD au Burkina Faso",
        "Direction générale des douanes du Burkina Faso",
        "Le centre de Ouagadougou forme des agents francophones du Sahel et des pays côtiers, en particulier sur le transit au service des économies enclavées.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-nigeria",
      region: "WCA",
      countryCode: "NG",
      city: "Abuja",
      latitude: 9.0765,
      longitude: 7.3986,
      headName: "Chinedu Iheatu",
      phone: "+234 9 000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Nigeria",
        "Nigeria Customs Service",
        "The Nigerian centre offers English-language courses for West Africa on revenue collection, tariff classification and the fight against smuggling.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD au Nigeria",
        "Service des douanes du Nigeria",
        "Le centre nigérian propose des cours en anglais pour l’Afrique de l’Ouest sur la mobilisation des recettes, le classement tarifaire et la lutte contre la contrebande.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-saudi-arabia",
      region: "MENA",
      countryCode: "SA",
      city: "Riyadh",
      latitude: 24.7136,
      longitude: 46.6753,
      headName: "Faisal Al-Namudhaji",
      phone: "+966 11 000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Saudi Arabia",
        "Zakat, Tax and Customs Authority",
        "The centre in Riyadh runs Arabic-language programmes for the region on risk management, authorized economic operators and the use of data in customs control.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD en Arabie saoudite",
        "Autorité de la zakat, des impôts et des douanes",
        "Le centre de Riyad organise pour la région des programmes en arabe sur la gestion des risques, les opérateurs économiques agréés et l’exploitation des données dans les contrôles douaniers.",
      ),
      ar: text(
        "ar",
        "مركز التدريب الإقليمي التابع لمنظمة الجمارك العالمية في المملكة العربية السعودية",
        "هيئة الزكاة والضريبة والجمارك",
        "ينظم المركز في الرياض برامج باللغة العربية لدول الإقليم في إدارة المخاطر والمشغلين الاقتصاديين المعتمدين واستخدام البيانات في الرقابة الجمركية.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-egypt",
      region: "MENA",
      countryCode: "EG",
      city: "Cairo",
      latitude: 30.0444,
      longitude: 31.2357,
      headName: "Mona Mithal",
      phone: "+20 2 0000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Egypt",
        "Egyptian Customs Authority",
        "The Egyptian centre trains officers of North Africa and the Near East on valuation, rules of origin and the WCO integrity tools.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD en Égypte",
        "Autorité douanière égyptienne",
        "Le centre égyptien forme des agents d’Afrique du Nord et du Proche-Orient à la valeur en douane, aux règles d’origine et aux outils d’éthique de l’OMD.",
      ),
      ar: text(
        "ar",
        "مركز التدريب الإقليمي التابع لمنظمة الجمارك العالمية في مصر",
        "مصلحة الجمارك المصرية",
        "يدرّب المركز المصري موظفي الجمارك في شمال أفريقيا والشرق الأدنى على التقييم الجمركي وقواعد المنشأ وأدوات النزاهة لمنظمة الجمارك العالمية.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-brazil",
      region: "AMS",
      countryCode: "BR",
      city: "Brasília",
      latitude: -15.7939,
      longitude: -47.8828,
      headName: "João Exemplo",
      phone: "+55 61 0000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Brazil",
        "Special Secretariat of Federal Revenue of Brazil",
        "The Brazilian centre offers Portuguese- and Spanish-language courses for South America on customs valuation, risk management and trade facilitation.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD au Brésil",
        "Secrétariat spécial des recettes fédérales du Brésil",
        "Le centre brésilien propose à l’Amérique du Sud des cours en portugais et en espagnol sur la valeur en douane, la gestion des risques et la facilitation des échanges.",
      ),
      es: text(
        "es",
        "Centro Regional de Capacitación de la OMA en Brasil",
        "Secretaría Especial de la Receita Federal de Brasil",
        "El centro brasileño ofrece a América del Sur cursos en portugués y español sobre valoración aduanera, gestión de riesgos y facilitación del comercio.",
      ),
    },
  ),
  rtc(
    {
      slug: "rtc-dominican-republic",
      region: "AMS",
      countryCode: "DO",
      city: "Santo Domingo",
      latitude: 18.4861,
      longitude: -69.9312,
      headName: "Carmen Ejemplo",
      phone: "+1 809 000 0000",
    },
    {
      en: text(
        "en",
        "WCO Regional Training Centre Dominican Republic",
        "Directorate General of Customs of the Dominican Republic",
        "The centre in Santo Domingo serves Central America and the Caribbean with courses in Spanish and English on valuation, origin and authorized economic operators.",
      ),
      fr: text(
        "fr",
        "Centre régional de formation de l’OMD en République dominicaine",
        "Direction générale des douanes de la République dominicaine",
        "Le centre de Saint-Domingue sert l’Amérique centrale et les Caraïbes avec des cours en espagnol et en anglais sur la valeur, l’origine et les opérateurs économiques agréés.",
      ),
      es: text(
        "es",
        "Centro Regional de Capacitación de la OMA en la República Dominicana",
        "Dirección General de Aduanas de la República Dominicana",
        "El centro de Santo Domingo atiende a Centroamérica y el Caribe con cursos en español e inglés sobre valoración, origen y operadores económicos autorizados.",
      ),
    },
  ),
];
