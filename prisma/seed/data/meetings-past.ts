// Past meetings from 2022 to 2026, so that lists and filters look real.
import { SEED_SLUGS } from "../keys";
import type { MeetingSeed } from "./types";

export const pastMeetings: MeetingSeed[] = [
  {
    slug: "esa-workshop-gender-equality-diversity-nairobi-2022",
    kind: "WORKSHOP",
    status: "PUBLISHED",
    schedule: { starts: "2022-06-14T09:00", ends: "2022-06-16T16:00" },
    timeZone: "Africa/Nairobi",
    format: "IN_PERSON",
    city: "Nairobi",
    countryCode: "KE",
    region: "ESA",
    host: "rocb-east-southern-africa",
    organizer: "rocb-east-southern-africa",
    publishedAt: "2022-05-20T07:00:00Z",
    t: {
      en: {
        title: "Regional Workshop on Gender Equality and Diversity in Customs",
        summary:
          "Administrations of East and Southern Africa assessed how inclusive their organizations are and shared practical steps.",
        body: "Participants worked with the WCO self-assessment tool on gender equality and diversity and compared their results.\n\nThe workshop covered:\n\n- recruitment and promotion practices;\n- working conditions at border posts;\n- how to keep the topic alive after the workshop.",
        venue: "ROCB East and Southern Africa conference room",
      },
      fr: {
        title: "Atelier régional sur l’égalité des genres et la diversité en douane",
        summary:
          "Les administrations d’Afrique orientale et australe ont évalué le caractère inclusif de leurs organisations et partagé des mesures concrètes.",
        body: "Les participants ont utilisé l’outil d’auto-évaluation de l’OMD sur l’égalité des genres et la diversité et comparé leurs résultats.\n\nL’atelier a abordé :\n\n- les pratiques de recrutement et de promotion ;\n- les conditions de travail aux postes frontières ;\n- les moyens de faire vivre le sujet après l’atelier.",
        venue: "Salle de conférence du BRRC Afrique orientale et australe",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: "rocb-east-southern-africa" },
      { role: "PARTICIPANT", structure: "rtc-kenya" },
      { role: "PARTICIPANT", structure: "rtc-south-africa" },
      { role: "SPEAKER", organization: SEED_SLUGS.wcoSecretariat },
    ],
  },
  {
    slug: "asia-pacific-training-post-clearance-audit-2023",
    kind: "TRAINING",
    status: "PUBLISHED",
    schedule: { starts: "2023-03-06T09:30", ends: "2023-03-10T16:30" },
    timeZone: "Asia/Tokyo",
    format: "IN_PERSON",
    city: "Kashiwa",
    countryCode: "JP",
    region: "AP",
    host: "rtc-japan",
    organizer: SEED_SLUGS.rocbAsiaPacific,
    publishedAt: "2023-02-10T01:00:00Z",
    t: {
      en: {
        title: "Regional Training on Post-Clearance Audit",
        summary:
          "A one-week course for auditors from the Asia/Pacific region, mixing lectures with a simulated company audit.",
        body: "Auditors from a dozen administrations spent a week on the methods of post-clearance audit.\n\nThe course included:\n\n- selecting companies for audit;\n- reading commercial accounts;\n- a simulated audit from planning to report.",
        venue: "Japan Customs Training Institute",
      },
      fr: {
        title: "Formation régionale au contrôle a posteriori",
        summary:
          "Un cours d’une semaine pour les auditeurs de la région Asie/Pacifique, alliant exposés et audit simulé d’une entreprise.",
        body: "Des auditeurs d’une douzaine d’administrations ont consacré une semaine aux méthodes du contrôle a posteriori.\n\nLe cours comprenait :\n\n- la sélection des entreprises à contrôler ;\n- la lecture des comptes commerciaux ;\n- un audit simulé, de la préparation au rapport.",
        venue: "Institut de formation des douanes japonaises",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbAsiaPacific },
      { role: "HOST", structure: "rtc-japan" },
      { role: "PARTICIPANT", structure: "rtc-india" },
    ],
  },
  {
    slug: "wca-meeting-regional-structures-abidjan-2024",
    kind: "REGIONAL_STRUCTURES_MEETING",
    status: "PUBLISHED",
    schedule: { starts: "2024-09-17T09:00", ends: "2024-09-19T17:00" },
    timeZone: "Africa/Abidjan",
    format: "IN_PERSON",
    city: "Abidjan",
    countryCode: "CI",
    region: "WCA",
    host: "rocb-west-central-africa",
    organizer: "rocb-west-central-africa",
    publishedAt: "2024-09-23T09:00:00Z",
    t: {
      en: {
        title: "Meeting of the Regional Structures of West and Central Africa",
        summary:
          "The regional office, training centres and the Vice-Chair's office reviewed the regional strategy and the training offer.",
        body: "The structures of the region met in Abidjan to align their work plans.\n\nMain points:\n\n- mid-term review of the regional strategic plan;\n- a common catalogue of courses in French and English;\n- better reporting on trained officers.",
        venue: "ROCB West and Central Africa",
      },
      fr: {
        title: "Réunion des structures régionales d’Afrique occidentale et centrale",
        summary:
          "Le bureau régional, les centres de formation et le bureau du vice-président ont examiné la stratégie régionale et l’offre de formation.",
        body: "Les structures de la région se sont réunies à Abidjan pour harmoniser leurs plans de travail.\n\nPrincipaux points :\n\n- revue à mi-parcours du plan stratégique régional ;\n- un catalogue commun de cours en français et en anglais ;\n- un meilleur suivi des agents formés.",
        venue: "BRRC Afrique occidentale et centrale",
      },
    },
    outcomes: [
      {
        kind: "DECISION",
        t: {
          en: "The training centres will publish a common course catalogue in French and English.",
          fr: "Les centres de formation publieront un catalogue commun de cours en français et en anglais.",
        },
      },
    ],
    attendees: [
      { role: "ORGANIZER", structure: "rocb-west-central-africa" },
      { role: "PARTICIPANT", structure: "rtc-burkina-faso" },
      { role: "PARTICIPANT", structure: "rtc-nigeria" },
      { role: "PARTICIPANT", structure: "vice-chair-wca" },
    ],
  },
  {
    slug: "europe-training-e-learning-administrators-2025",
    kind: "TRAINING",
    status: "PUBLISHED",
    schedule: { starts: "2025-05-20T09:00", ends: "2025-05-22T15:00" },
    timeZone: "Europe/Budapest",
    format: "HYBRID",
    city: "Budapest",
    countryCode: "HU",
    region: "EUR",
    host: SEED_SLUGS.rtcBudapest,
    organizer: SEED_SLUGS.rocbEurope,
    publishedAt: "2025-04-28T08:00:00Z",
    t: {
      en: {
        title: "Regional Training for E-learning Platform Administrators",
        summary: "Administrators of national e-learning platforms learned to publish, track and update WCO courses.",
        body: "The training prepared platform administrators of the Europe region to run WCO e-learning courses at home.\n\nParticipants practised:\n\n- importing and updating course packages;\n- enrolling learners and tracking results;\n- translating course interfaces.",
        venue: "WCO Regional Training Centre Budapest",
      },
      fr: {
        title: "Formation régionale des administrateurs de plateformes d’apprentissage en ligne",
        summary:
          "Les administrateurs des plateformes nationales ont appris à publier, suivre et mettre à jour les cours de l’OMD.",
        body: "La formation a préparé les administrateurs de plateformes de la région Europe à gérer chez eux les cours en ligne de l’OMD.\n\nLes participants se sont exercés à :\n\n- importer et mettre à jour des modules de cours ;\n- inscrire des apprenants et suivre leurs résultats ;\n- traduire les interfaces des cours.",
        venue: "Centre régional de formation de l’OMD à Budapest",
      },
      ru: {
        title: "Региональное обучение администраторов платформ электронного обучения",
        summary: "Администраторы национальных платформ научились публиковать, отслеживать и обновлять курсы ВТамО.",
        body: "Обучение подготовило администраторов платформ Европейского региона к самостоятельному проведению электронных курсов ВТамО.\n\nУчастники отработали:\n\n- загрузку и обновление пакетов курсов;\n- запись слушателей и учёт результатов;\n- перевод интерфейсов курсов.",
        venue: "Региональный учебный центр ВТамО в Будапеште",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbEurope },
      { role: "HOST", structure: SEED_SLUGS.rtcBudapest },
      { role: "PARTICIPANT", structure: "rtc-astana" },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcBishkek },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcMoscow },
    ],
  },
  {
    slug: "americas-workshop-project-map-montevideo-2026",
    kind: "WORKSHOP",
    status: "PUBLISHED",
    schedule: { starts: "2026-03-10T09:00", ends: "2026-03-12T17:00" },
    timeZone: "America/Montevideo",
    format: "IN_PERSON",
    city: "Montevideo",
    countryCode: "UY",
    region: "AMS",
    host: SEED_SLUGS.rocbAmericas,
    organizer: SEED_SLUGS.rocbAmericas,
    publishedAt: "2026-02-16T12:00:00Z",
    t: {
      en: {
        title: "Workshop on the Project Map of the Americas and the Caribbean",
        summary: "Administrations and donors updated the regional map of assistance projects to avoid overlaps.",
        body: "The Project Map shows which partner supports which administration, on what topic. The workshop brought it up to date.\n\nWork focused on:\n\n- entering new and finished projects;\n- spotting gaps and overlaps;\n- agreeing who keeps each entry current.",
        venue: "ROCB Americas and the Caribbean",
      },
      es: {
        title: "Taller sobre el Mapa de Proyectos de las Américas y el Caribe",
        summary:
          "Administraciones y donantes actualizaron el mapa regional de proyectos de asistencia para evitar duplicaciones.",
        body: "El Mapa de Proyectos muestra qué socio apoya a qué administración y en qué tema. El taller lo puso al día.\n\nEl trabajo se centró en:\n\n- registrar proyectos nuevos y concluidos;\n- detectar vacíos y duplicaciones;\n- acordar quién mantiene actualizada cada entrada.",
        venue: "ORFC de las Américas y el Caribe",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbAmericas },
      { role: "PARTICIPANT", structure: "rtc-brazil" },
      { role: "PARTICIPANT", structure: "rtc-dominican-republic" },
      { role: "PARTICIPANT", organization: "customs-uruguay" },
    ],
  },
  {
    slug: "mena-virtual-training-risk-management-2026",
    kind: "TRAINING",
    status: "PUBLISHED",
    schedule: { starts: "2026-09-08T10:00", ends: "2026-09-08T14:00" },
    timeZone: "Asia/Dubai",
    format: "VIRTUAL",
    city: "",
    region: "MENA",
    organizer: "rocb-mena",
    publishedAt: "2026-08-20T06:00:00Z",
    t: {
      en: {
        title: "Online Training on Risk Management for the North of Africa, Near and Middle East",
        summary: "A half-day online course in Arabic and English on the basics of risk management.",
        body: "The course introduced the risk management cycle to officers who are new to targeting.\n\nIt covered:\n\n- identifying and rating risks;\n- turning risks into selection criteria;\n- reviewing results and adjusting.",
      },
      ar: {
        title: "تدريب عبر الإنترنت على إدارة المخاطر لإقليم شمال أفريقيا والشرق الأدنى والأوسط",
        summary: "دورة عبر الإنترنت لنصف يوم باللغتين العربية والإنجليزية حول أساسيات إدارة المخاطر.",
        body: "عرّفت الدورة الموظفين الجدد في مجال الاستهداف بدورة إدارة المخاطر.\n\nوتناولت:\n\n- تحديد المخاطر وتقييمها؛\n- تحويل المخاطر إلى معايير انتقاء؛\n- مراجعة النتائج وتعديلها.",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: "rocb-mena" },
      { role: "SPEAKER", structure: "rtc-saudi-arabia" },
      { role: "PARTICIPANT", structure: "rtc-egypt" },
    ],
  },
];
