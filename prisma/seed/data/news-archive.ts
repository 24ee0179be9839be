// Older news from the years the network was built, one article per opening.
// With them the demo holds more than one page (12) of news, so the list's
// pagination can be seen and tested.
import { SEED_SLUGS } from "../keys";
import type { NewsSeed } from "./types";

export const archiveNews: NewsSeed[] = [
  {
    slug: "first-regional-training-centre-opens-in-budapest-2001",
    publishedAt: "2001-06-18T09:00:00Z",
    region: "EUR",
    topics: ["training", "capacity-building"],
    structures: [SEED_SLUGS.rtcBudapest],
    t: {
      en: {
        title: "Budapest hosts the first WCO Regional Training Centre",
        excerpt:
          "The Hungarian customs administration opens its training facilities to officers from across the Europe region.",
        body: "The Hungarian customs administration has become the first to host a WCO Regional Training Centre.\n\nThe centre in Budapest will run regional courses, lend its trainers to neighbouring administrations and test new training material before it is used elsewhere.",
      },
      fr: {
        title: "Budapest accueille le premier centre régional de formation de l’OMD",
        excerpt:
          "L’administration des douanes hongroise ouvre ses installations de formation aux agents de toute la région Europe.",
        body: "L’administration des douanes hongroise est la première à accueillir un centre régional de formation de l’OMD.\n\nLe centre de Budapest organisera des cours régionaux, mettra ses formateurs à la disposition des administrations voisines et testera de nouveaux supports de formation avant leur diffusion.",
      },
    },
  },
  {
    slug: "first-regional-office-opens-in-bangkok-2004",
    publishedAt: "2004-09-24T08:00:00Z",
    region: "AP",
    topics: ["capacity-building", "regional-cooperation"],
    structures: [SEED_SLUGS.rocbAsiaPacific],
    t: {
      en: {
        title: "The first Regional Office for Capacity Building opens in Bangkok",
        excerpt:
          "Asia/Pacific is the first WCO region with an office of its own to plan and coordinate capacity building.",
        body: "A Regional Office for Capacity Building has opened in Bangkok to serve the administrations of the Asia/Pacific region.\n\nThe office will gather the needs of the region's administrations, match them with donors and training centres, and report on the results.",
      },
    },
  },
  {
    slug: "regional-office-opens-in-nairobi-2005",
    publishedAt: "2005-11-07T08:00:00Z",
    region: "ESA",
    topics: ["capacity-building", "regional-cooperation"],
    structures: ["rocb-east-southern-africa"],
    t: {
      en: {
        title: "East and Southern Africa opens its regional office in Nairobi",
        excerpt: "The region's administrations now have an office that coordinates capacity building close to them.",
        body: "After Asia/Pacific, East and Southern Africa is the second WCO region to open a Regional Office for Capacity Building.\n\nBased in Nairobi, the office will work with the region's training centres and development partners on a shared regional plan.",
      },
      fr: {
        title: "L’Afrique orientale et australe ouvre son bureau régional à Nairobi",
        excerpt:
          "Les administrations de la région disposent désormais d’un bureau qui coordonne le renforcement des capacités au plus près d’elles.",
        body: "Après l’Asie/Pacifique, l’Afrique orientale et australe est la deuxième région de l’OMD à ouvrir un bureau régional pour le renforcement des capacités.\n\nInstallé à Nairobi, le bureau travaillera avec les centres de formation et les partenaires au développement de la région sur un plan régional commun.",
      },
    },
  },
  {
    slug: "americas-regional-office-opens-in-buenos-aires-2007",
    publishedAt: "2007-11-22T14:00:00Z",
    region: "AMS",
    topics: ["capacity-building", "regional-cooperation"],
    structures: [SEED_SLUGS.rocbAmericas],
    t: {
      en: {
        title: "A regional office for the Americas and the Caribbean opens in Buenos Aires",
        excerpt:
          "The new office will coordinate capacity building for the administrations of North, Central and South America and the Caribbean.",
        body: "The Americas and Caribbean region now has its own Regional Office for Capacity Building, opened in Buenos Aires.\n\nIts first tasks are to survey the region's needs and to keep track of the projects that donors already support.",
      },
      es: {
        title: "Abre en Buenos Aires una oficina regional para las Américas y el Caribe",
        excerpt:
          "La nueva oficina coordinará el fortalecimiento de capacidades de las administraciones de América del Norte, Central y del Sur y del Caribe.",
        body: "La región de las Américas y el Caribe cuenta ya con su propia Oficina Regional de Fortalecimiento de Capacidades, inaugurada en Buenos Aires.\n\nSus primeras tareas serán relevar las necesidades de la región y llevar el registro de los proyectos que ya apoyan los donantes.",
      },
    },
  },
  {
    slug: "west-central-africa-regional-office-opens-in-abidjan-2009",
    publishedAt: "2009-01-26T10:00:00Z",
    region: "WCA",
    topics: ["capacity-building", "regional-cooperation"],
    structures: ["rocb-west-central-africa"],
    t: {
      en: {
        title: "West and Central Africa opens its regional office in Abidjan",
        excerpt:
          "The office will help the region's administrations plan their reforms and make the most of outside support.",
        body: "The West and Central Africa region has opened its Regional Office for Capacity Building in Abidjan.\n\nThe office will support the region's administrations as they plan reforms, and will coordinate the work of the region's training centres.",
      },
      fr: {
        title: "L’Afrique occidentale et centrale ouvre son bureau régional à Abidjan",
        excerpt:
          "Le bureau aidera les administrations de la région à planifier leurs réformes et à tirer le meilleur parti des appuis extérieurs.",
        body: "La région Afrique occidentale et centrale a ouvert son bureau régional pour le renforcement des capacités à Abidjan.\n\nLe bureau accompagnera les administrations de la région dans la planification de leurs réformes et coordonnera le travail des centres régionaux de formation.",
      },
    },
  },
  {
    slug: "europe-regional-office-opens-in-baku-2011",
    publishedAt: "2011-10-03T09:00:00Z",
    region: "EUR",
    topics: ["capacity-building", "regional-cooperation"],
    structures: [SEED_SLUGS.rocbEurope],
    t: {
      en: {
        title: "ROCB Europe opens in Baku",
        excerpt:
          "With an office in Baku, the Europe region completes the network of regional offices in all six WCO regions.",
        body: "The Europe region's Regional Office for Capacity Building has opened in Baku, hosted by the State Customs Committee of Azerbaijan.\n\nEach of the six WCO regions now has a regional office to coordinate its capacity building.",
      },
      ru: {
        title: "В Баку открылось РБНП Европейского региона",
        excerpt:
          "С открытием бюро в Баку региональные бюро по наращиванию потенциала есть теперь во всех шести регионах ВТамО.",
        body: "В Баку открылось Региональное бюро по наращиванию потенциала Европейского региона; его принимает Государственный таможенный комитет Азербайджана.\n\nТеперь в каждом из шести регионов ВТамО есть региональное бюро, которое координирует наращивание потенциала.",
      },
    },
  },
  {
    slug: "regional-training-centre-opens-in-khmelnytskyi-2016",
    publishedAt: "2016-06-10T08:00:00Z",
    region: "EUR",
    topics: ["training"],
    structures: ["rtc-khmelnytskyi", SEED_SLUGS.rocbEurope],
    t: {
      en: {
        title: "A Regional Training Centre opens in Khmelnytskyi",
        excerpt: "Ukraine's customs administration hosts a new training centre for the Europe region.",
        body: "The Europe region has a new Regional Training Centre in Khmelnytskyi, Ukraine.\n\nThe centre will offer regional courses and work with ROCB Europe on the region's training calendar.",
      },
      ru: {
        title: "В Хмельницком открылся региональный учебный центр",
        excerpt: "Таможенная служба Украины принимает новый учебный центр Европейского региона.",
        body: "В Европейском регионе появился новый региональный учебный центр — в Хмельницком (Украина).\n\nЦентр будет проводить региональные курсы и вместе с РБНП Европейского региона составлять график обучения.",
      },
    },
  },
];
