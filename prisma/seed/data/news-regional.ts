// Regional news in a mix of locales, each published shortly after its event.
import { SEED_SLUGS } from "../keys";
import type { NewsSeed } from "./types";

export const regionalNews: NewsSeed[] = [
  {
    slug: "rtc-bishkek-joins-the-network-2019",
    publishedAt: "2019-04-26T06:00:00Z",
    region: "EUR",
    topics: ["training", "regional-cooperation"],
    structures: [SEED_SLUGS.rtcBishkek, SEED_SLUGS.rocbEurope],
    t: {
      en: {
        title: "A new Regional Training Centre opens in Bishkek",
        excerpt:
          "The State Customs Committee of the Kyrgyz Republic now hosts the Europe region's newest training centre.",
        body: "In April 2019 the Kyrgyz customs administration opened a WCO Regional Training Centre in Bishkek, the sixth in the Europe region.\n\nThe centre will:\n\n- offer regional courses in Russian and Kyrgyz;\n- welcome officers from neighbouring Central Asian administrations;\n- work with ROCB Europe on the yearly training calendar.",
      },
      fr: {
        title: "Un nouveau centre régional de formation ouvre à Bichkek",
        excerpt:
          "Le Comité national des douanes de la République kirghize accueille désormais le plus récent centre de formation de la région Europe.",
        body: "En avril 2019, l’administration des douanes kirghize a ouvert à Bichkek un centre régional de formation de l’OMD, le sixième de la région Europe.\n\nLe centre va :\n\n- proposer des cours régionaux en russe et en kirghize ;\n- accueillir des agents des administrations voisines d’Asie centrale ;\n- travailler avec le BRRC Europe sur le calendrier annuel de formation.",
      },
      ru: {
        title: "В Бишкеке открылся новый региональный учебный центр",
        excerpt:
          "Государственный таможенный комитет Кыргызской Республики принял самый новый учебный центр Европейского региона.",
        body: "В апреле 2019 года таможенная служба Кыргызстана открыла в Бишкеке региональный учебный центр ВТамО — шестой в Европейском регионе.\n\nЦентр будет:\n\n- проводить региональные курсы на русском и кыргызском языках;\n- принимать сотрудников соседних таможенных служб Центральной Азии;\n- вместе с РБНП составлять ежегодный график обучения.",
      },
    },
  },
  {
    slug: "east-southern-africa-workshop-gender-diversity-2022",
    publishedAt: "2022-06-20T08:00:00Z",
    region: "ESA",
    meeting: "esa-workshop-gender-equality-diversity-nairobi-2022",
    topics: ["capacity-building", "integrity"],
    structures: ["rocb-east-southern-africa", "rtc-kenya", "rtc-south-africa"],
    t: {
      en: {
        title: "East and Southern Africa takes stock of gender equality in customs",
        excerpt:
          "A three-day workshop in Nairobi helped administrations measure how inclusive they are and choose first steps.",
        body: "Administrations from across East and Southern Africa met in Nairobi in June 2022 to look honestly at gender equality and diversity in their organizations.\n\nThey agreed to:\n\n- repeat the self-assessment every two years;\n- share examples of fair recruitment;\n- report progress at the next regional meeting.",
      },
      fr: {
        title: "L’Afrique orientale et australe fait le point sur l’égalité des genres en douane",
        excerpt:
          "Un atelier de trois jours à Nairobi a aidé les administrations à mesurer leur caractère inclusif et à choisir de premières mesures.",
        body: "Les administrations d’Afrique orientale et australe se sont réunies à Nairobi en juin 2022 pour examiner sans détour l’égalité des genres et la diversité dans leurs organisations.\n\nElles sont convenues :\n\n- de renouveler l’auto-évaluation tous les deux ans ;\n- de partager des exemples de recrutement équitable ;\n- de rendre compte des progrès à la prochaine réunion régionale.",
      },
    },
  },
  {
    slug: "europe-e-learning-administrators-trained-2025",
    publishedAt: "2025-05-27T08:00:00Z",
    region: "EUR",
    meeting: "europe-training-e-learning-administrators-2025",
    topics: ["e-learning", "training"],
    structures: [SEED_SLUGS.rtcBudapest, SEED_SLUGS.rocbEurope],
    t: {
      en: {
        title: "E-learning administrators of the Europe region trained in Budapest",
        excerpt:
          "Platform administrators from the region's training centres can now run WCO online courses on their own platforms.",
        body: "RTC Budapest hosted a three-day hybrid training in May 2025 for the people who keep national e-learning platforms running.\n\nAfter the course, participants can:\n\n- install and update WCO course packages;\n- follow learners' progress;\n- adapt courses to their own language.",
      },
      fr: {
        title: "Les administrateurs de formation en ligne de la région Europe formés à Budapest",
        excerpt:
          "Les administrateurs de plateformes des centres de formation de la région peuvent désormais gérer eux-mêmes les cours en ligne de l’OMD.",
        body: "Le CRF de Budapest a accueilli en mai 2025 une formation hybride de trois jours destinée aux personnes qui font fonctionner les plateformes nationales d’apprentissage en ligne.\n\nÀ l’issue du cours, les participants savent :\n\n- installer et mettre à jour les modules de cours de l’OMD ;\n- suivre la progression des apprenants ;\n- adapter les cours à leur langue.",
      },
      ru: {
        title: "В Будапеште прошли обучение администраторы платформ электронного обучения Европейского региона",
        excerpt:
          "Администраторы платформ учебных центров региона теперь могут самостоятельно проводить онлайн-курсы ВТамО.",
        body: "В мае 2025 года РУЦ в Будапеште провёл трёхдневное гибридное обучение для специалистов, обслуживающих национальные платформы электронного обучения.\n\nПосле курса участники умеют:\n\n- устанавливать и обновлять пакеты курсов ВТамО;\n- отслеживать успеваемость слушателей;\n- адаптировать курсы к своему языку.",
      },
    },
  },
  {
    slug: "americas-project-map-updated-2026",
    publishedAt: "2026-03-16T13:00:00Z",
    region: "AMS",
    meeting: "americas-workshop-project-map-montevideo-2026",
    topics: ["capacity-building", "regional-cooperation"],
    structures: [SEED_SLUGS.rocbAmericas, "rtc-brazil", "rtc-dominican-republic"],
    t: {
      en: {
        title: "The Americas update their map of assistance projects",
        excerpt: "A workshop in Montevideo brought the regional Project Map up to date and clarified who maintains it.",
        body: "Administrations and partners met in Montevideo in March 2026 to review the Project Map of the Americas and the Caribbean.\n\nResults:\n\n- dozens of new and finished projects recorded;\n- overlaps between donors identified in two sub-regions;\n- a named contact for each administration.",
      },
      es: {
        title: "Las Américas actualizan su mapa de proyectos de asistencia",
        excerpt:
          "Un taller en Montevideo puso al día el Mapa de Proyectos regional y aclaró quién se encarga de mantenerlo.",
        body: "Administraciones y socios se reunieron en Montevideo en marzo de 2026 para revisar el Mapa de Proyectos de las Américas y el Caribe.\n\nResultados:\n\n- decenas de proyectos nuevos y concluidos registrados;\n- duplicaciones entre donantes detectadas en dos subregiones;\n- un punto de contacto designado por cada administración.",
      },
    },
  },
];
