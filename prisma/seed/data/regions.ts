// The six WCO regions and their member countries (ISO 3166-1 alpha-2). Each
// country belongs to exactly one region; its name comes from Intl.DisplayNames.
import type { RegionSeed } from "./types";

export const regions: RegionSeed[] = [
  {
    code: "EUR",
    sortOrder: 1,
    countries: [
      "AL",
      "AD",
      "AM",
      "AT",
      "AZ",
      "BY",
      "BE",
      "BA",
      "BG",
      "HR",
      "CY",
      "CZ",
      "DK",
      "EE",
      "FI",
      "FR",
      "GE",
      "DE",
      "GR",
      "HU",
      "IS",
      "IE",
      "IL",
      "IT",
      "KZ",
      "KG",
      "LV",
      "LT",
      "LU",
      "MT",
      "MD",
      "ME",
      "NL",
      "MK",
      "NO",
      "PL",
      "PT",
      "RO",
      "RU",
      "RS",
      "SK",
      "SI",
      "ES",
      "SE",
      "CH",
      "TJ",
      "TR",
      "TM",
      "UA",
      "GB",
      "UZ",
    ],
    t: {
      en: {
        name: "Europe",
        description:
          "The largest WCO region by number of Members, stretching from the Atlantic coast to Central Asia. Its regional office in Baku works with a network of training centres from Budapest to Bishkek.",
      },
      fr: {
        name: "Europe",
        description:
          "La région de l’OMD qui compte le plus de Membres, de la façade atlantique jusqu’à l’Asie centrale. Son bureau régional de Bakou travaille avec un réseau de centres de formation allant de Budapest à Bichkek.",
      },
      es: {
        name: "Europa",
        description:
          "La región de la OMA con más Miembros, desde la costa atlántica hasta Asia Central. Su oficina regional en Bakú colabora con una red de centros de capacitación que va de Budapest a Biskek.",
      },
      ru: {
        name: "Европа",
        description:
          "Самый многочисленный по числу членов регион ВТамО — от атлантического побережья до Центральной Азии. Региональное бюро в Баку работает с сетью учебных центров от Будапешта до Бишкека.",
      },
      ar: {
        name: "أوروبا",
        description:
          "أكبر أقاليم منظمة الجمارك العالمية من حيث عدد الأعضاء، ويمتد من ساحل الأطلسي إلى آسيا الوسطى. ويعمل مكتبه الإقليمي في باكو مع شبكة من مراكز التدريب من بودابست إلى بيشكيك.",
      },
    },
  },
  {
    code: "AP",
    sortOrder: 2,
    countries: [
      "AF",
      "AU",
      "BD",
      "BT",
      "BN",
      "KH",
      "CN",
      "FJ",
      "HK",
      "IN",
      "ID",
      "IR",
      "JP",
      "KI",
      "KR",
      "LA",
      "MO",
      "MY",
      "MV",
      "MN",
      "MM",
      "NP",
      "NZ",
      "PK",
      "PG",
      "PH",
      "WS",
      "SG",
      "SB",
      "LK",
      "TH",
      "TL",
      "TO",
      "VU",
      "VN",
    ],
    t: {
      en: {
        name: "Far East, South and South East Asia, Australasia and the Pacific Islands",
        description:
          "A region of great distances, from Afghanistan to the small island states of the Pacific. It was the first to open a regional office for capacity building, in Bangkok in 2004.",
      },
      fr: {
        name: "Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique",
        description:
          "Une région aux très grandes distances, de l’Afghanistan aux petits États insulaires du Pacifique. C’est elle qui a ouvert le premier bureau régional pour le renforcement des capacités, à Bangkok en 2004.",
      },
      es: {
        name: "Lejano Oriente, Asia Meridional y Sudoriental, Australasia e Islas del Pacífico",
        description:
          "Una región de enormes distancias, desde Afganistán hasta los pequeños Estados insulares del Pacífico. Fue la primera en abrir una Oficina Regional de Fortalecimiento de Capacidades, en Bangkok en 2004.",
      },
      ru: {
        name: "Дальний Восток, Южная и Юго-Восточная Азия, Австралазия и острова Тихого океана",
        description:
          "Регион огромных расстояний — от Афганистана до малых островных государств Тихого океана. Именно здесь в 2004 году в Бангкоке открылось первое региональное бюро по наращиванию потенциала.",
      },
      ar: {
        name: "الشرق الأقصى وجنوب وجنوب شرق آسيا وأسترالاسيا وجزر المحيط الهادئ",
        description:
          "إقليم شاسع المسافات يمتد من أفغانستان إلى الدول الجزرية الصغيرة في المحيط الهادئ، وكان أول إقليم يفتتح مكتبًا إقليميًا لبناء القدرات، في بانكوك عام 2004.",
      },
    },
  },
  {
    code: "AMS",
    sortOrder: 3,
    countries: [
      "AR",
      "BS",
      "BB",
      "BZ",
      "BO",
      "BR",
      "CA",
      "CL",
      "CO",
      "CR",
      "CU",
      "CW",
      "DO",
      "EC",
      "SV",
      "GT",
      "GY",
      "HT",
      "HN",
      "JM",
      "MX",
      "NI",
      "PA",
      "PY",
      "PE",
      "KN",
      "LC",
      "SR",
      "TT",
      "US",
      "UY",
      "VE",
    ],
    t: {
      en: {
        name: "South America, North America, Central America and the Caribbean",
        description:
          "The region of the Americas joins large continental administrations with small Caribbean ones. Its regional office opened in Buenos Aires in 2007 and now works from Montevideo.",
      },
      fr: {
        name: "Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes",
        description:
          "La région des Amériques réunit de grandes administrations continentales et de petites administrations caribéennes. Son bureau régional, ouvert à Buenos Aires en 2007, travaille aujourd’hui depuis Montevideo.",
      },
      es: {
        name: "América del Sur, América del Norte, América Central y el Caribe",
        description:
          "La región de las Américas reúne grandes administraciones continentales y pequeñas administraciones del Caribe. Su oficina regional abrió en Buenos Aires en 2007 y hoy funciona en Montevideo.",
      },
      ru: {
        name: "Южная Америка, Северная Америка, Центральная Америка и Карибский бассейн",
        description:
          "Регион Америк объединяет крупные континентальные таможенные службы и небольшие администрации Карибского бассейна. Региональное бюро открылось в Буэнос-Айресе в 2007 году, а сейчас работает в Монтевидео.",
      },
      ar: {
        name: "أمريكا الجنوبية وأمريكا الشمالية وأمريكا الوسطى ومنطقة البحر الكاريبي",
        description:
          "يجمع إقليم الأمريكتين إدارات قارية كبيرة وإدارات صغيرة في منطقة البحر الكاريبي. افتُتح مكتبه الإقليمي في بوينس آيرس عام 2007 ويعمل اليوم من مونتيفيديو.",
      },
    },
  },
  {
    code: "ESA",
    sortOrder: 4,
    countries: [
      "AO",
      "BW",
      "BI",
      "KM",
      "DJ",
      "ER",
      "SZ",
      "ET",
      "KE",
      "LS",
      "MG",
      "MW",
      "MU",
      "MZ",
      "NA",
      "RW",
      "SC",
      "SO",
      "ZA",
      "SS",
      "TZ",
      "UG",
      "ZM",
      "ZW",
    ],
    t: {
      en: {
        name: "East and Southern Africa",
        description:
          "From the Horn of Africa to the Cape and the islands of the Indian Ocean. The regional office in Nairobi, opened in 2005, supports administrations that share busy transit corridors.",
      },
      fr: {
        name: "Afrique orientale et australe",
        description:
          "De la Corne de l’Afrique au Cap et aux îles de l’océan Indien. Le bureau régional de Nairobi, ouvert en 2005, appuie des administrations qui partagent des corridors de transit très fréquentés.",
      },
      es: {
        name: "África Oriental y Meridional",
        description:
          "Desde el Cuerno de África hasta el Cabo y las islas del océano Índico. La oficina regional de Nairobi, abierta en 2005, apoya a administraciones que comparten corredores de tránsito muy transitados.",
      },
      ru: {
        name: "Восточная и Южная Африка",
        description:
          "От Африканского Рога до Кейптауна и островов Индийского океана. Региональное бюро в Найроби, открытое в 2005 году, поддерживает администрации, которые обслуживают общие транзитные коридоры.",
      },
      ar: {
        name: "شرق وجنوب أفريقيا",
        description:
          "يمتد من القرن الأفريقي إلى رأس الرجاء الصالح وجزر المحيط الهندي. ويدعم المكتب الإقليمي في نيروبي، الذي افتُتح عام 2005، إدارات تتقاسم ممرات عبور مزدحمة.",
      },
    },
  },
  {
    code: "WCA",
    sortOrder: 5,
    countries: [
      "BJ",
      "BF",
      "CV",
      "CM",
      "CF",
      "TD",
      "CG",
      "CD",
      "CI",
      "GQ",
      "GA",
      "GM",
      "GH",
      "GN",
      "GW",
      "LR",
      "ML",
      "MR",
      "NE",
      "NG",
      "ST",
      "SN",
      "SL",
      "TG",
    ],
    t: {
      en: {
        name: "West and Central Africa",
        description:
          "A mostly French- and English-speaking region with many landlocked countries that depend on coastal ports. Its regional office has worked from Abidjan since 2009.",
      },
      fr: {
        name: "Afrique occidentale et centrale",
        description:
          "Une région majoritairement francophone et anglophone, qui compte de nombreux pays sans littoral dépendant des ports côtiers. Son bureau régional est installé à Abidjan depuis 2009.",
      },
      es: {
        name: "África Occidental y Central",
        description:
          "Una región mayoritariamente francófona y anglófona, con muchos países sin litoral que dependen de los puertos costeros. Su oficina regional funciona en Abiyán desde 2009.",
      },
      ru: {
        name: "Западная и Центральная Африка",
        description:
          "Преимущественно франко- и англоязычный регион, где много стран без выхода к морю, зависящих от прибрежных портов. Региональное бюро работает в Абиджане с 2009 года.",
      },
      ar: {
        name: "غرب ووسط أفريقيا",
        description:
          "إقليم تغلب عليه اللغتان الفرنسية والإنجليزية، ويضم بلدانًا كثيرة غير ساحلية تعتمد على الموانئ الساحلية. ويعمل مكتبه الإقليمي من أبيدجان منذ عام 2009.",
      },
    },
  },
  {
    code: "MENA",
    sortOrder: 6,
    countries: ["DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "QA", "SA", "SD", "SY", "TN", "AE", "YE"],
    t: {
      en: {
        name: "North of Africa, Near and Middle East",
        description:
          "Administrations from the Maghreb to the Gulf, many of them working in Arabic. The regional office in the United Arab Emirates coordinates training with centres in the region.",
      },
      fr: {
        name: "Afrique du Nord, Proche- et Moyen-Orient",
        description:
          "Des administrations du Maghreb jusqu’au Golfe, dont beaucoup travaillent en arabe. Le bureau régional aux Émirats arabes unis coordonne la formation avec les centres de la région.",
      },
      es: {
        name: "Norte de África, Cercano y Medio Oriente",
        description:
          "Administraciones desde el Magreb hasta el Golfo, muchas de ellas de lengua árabe. La oficina regional en los Emiratos Árabes Unidos coordina la capacitación con los centros de la región.",
      },
      ru: {
        name: "Северная Африка, Ближний и Средний Восток",
        description:
          "Таможенные службы от Магриба до Персидского залива, многие из которых работают на арабском языке. Региональное бюро в Объединённых Арабских Эмиратах координирует обучение с центрами региона.",
      },
      ar: {
        name: "شمال أفريقيا والشرق الأدنى والأوسط",
        description:
          "إدارات جمركية من المغرب العربي إلى الخليج، يعمل كثير منها باللغة العربية. ويتولى المكتب الإقليمي في الإمارات العربية المتحدة تنسيق التدريب مع مراكز الإقليم.",
      },
    },
  },
];
