// Upcoming meetings, dated relative to the day the seed runs, and one draft
// that must never be public.
import { SEED_SLUGS } from "../keys";
import type { MeetingSeed } from "./types";

export const upcomingMeetings: MeetingSeed[] = [
  {
    slug: SEED_SLUGS.upcomingWorkshopAsiaPacific,
    kind: "WORKSHOP",
    status: "PUBLISHED",
    schedule: { inDays: 25, lengthDays: 3 },
    timeZone: "Asia/Bangkok",
    format: "IN_PERSON",
    city: "Bangkok",
    countryCode: "TH",
    region: "AP",
    host: SEED_SLUGS.rocbAsiaPacific,
    organizer: SEED_SLUGS.rocbAsiaPacific,
    publishedAt: { daysAgo: 12 },
    t: {
      en: {
        title: "Regional Workshop on Data Analytics for Risk Management",
        summary:
          "Analysts from the Asia/Pacific training centres will practise using trade data to target risky consignments.",
        body: "The workshop brings together analysts and trainers from the region's administrations for three days of hands-on work with anonymized declaration data.\n\nParticipants will:\n\n- build simple risk indicators from declaration data;\n- test targeting rules against past seizures;\n- plan how to teach these methods at their own training centres.\n\nThe regional office will publish the materials after the workshop.",
        venue: "ROCB Asia/Pacific training room",
      },
      fr: {
        title: "Atelier régional sur l’analyse de données au service de la gestion des risques",
        summary:
          "Des analystes des centres de formation d’Asie-Pacifique s’exerceront à exploiter les données commerciales pour cibler les envois à risque.",
        body: "L’atelier réunit pendant trois jours des analystes et des formateurs des administrations de la région autour de données de déclarations anonymisées.\n\nLes participants vont :\n\n- construire des indicateurs de risque simples à partir des déclarations ;\n- tester des règles de ciblage sur des saisies passées ;\n- prévoir comment enseigner ces méthodes dans leur propre centre de formation.\n\nLe bureau régional publiera les supports après l’atelier.",
        venue: "Salle de formation du BRRC Asie/Pacifique",
      },
    },
    agenda: [
      {
        t: {
          en: { title: "Why data analytics matters for targeting" },
          fr: { title: "Pourquoi l’analyse de données compte pour le ciblage" },
        },
      },
      {
        t: {
          en: { title: "Hands-on session: building risk indicators" },
          fr: { title: "Travaux pratiques : construire des indicateurs de risque" },
        },
      },
      {
        t: {
          en: { title: "Taking the methods back to the training centres" },
          fr: { title: "Transmettre les méthodes dans les centres de formation" },
        },
      },
    ],
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbAsiaPacific },
      { role: "SPEAKER", organization: SEED_SLUGS.wcoSecretariat },
      { role: "SPEAKER", structure: "rtc-japan" },
      { role: "PARTICIPANT", structure: "rtc-china" },
      { role: "PARTICIPANT", structure: "rtc-india" },
    ],
  },
  {
    slug: "europe-integrity-workshop-budapest",
    kind: "WORKSHOP",
    status: "PUBLISHED",
    schedule: { inDays: 45, lengthDays: 2 },
    timeZone: "Europe/Budapest",
    format: "HYBRID",
    join: { url: "https://meet.example.org/europe-integrity-workshop", fromStartDay: true },
    city: "Budapest",
    countryCode: "HU",
    region: "EUR",
    host: SEED_SLUGS.rtcBudapest,
    organizer: SEED_SLUGS.rocbEurope,
    publishedAt: { daysAgo: 20 },
    t: {
      en: {
        title: "Europe Regional Workshop on Integrity in Customs Training",
        summary:
          "Trainers of the Europe region will look at how integrity can be built into every course, on site in Budapest and online.",
        body: "Integrity is often taught as a separate module. This workshop asks how it can be part of every course instead.\n\nSessions will cover:\n\n- case studies from the region's training centres;\n- the WCO integrity tools and how to use them in class;\n- an exchange of course materials between centres.",
        venue: "WCO Regional Training Centre Budapest",
      },
      fr: {
        title: "Atelier régional Europe sur l’éthique dans la formation douanière",
        summary:
          "Les formateurs de la région Europe verront comment intégrer l’éthique à chaque cours, à Budapest et en ligne.",
        body: "L’éthique est souvent enseignée dans un module à part. Cet atelier se demande comment l’intégrer à chaque cours.\n\nAu programme :\n\n- des études de cas des centres de formation de la région ;\n- les outils de l’OMD en matière d’éthique et leur usage en classe ;\n- un échange de supports de cours entre centres.",
        venue: "Centre régional de formation de l’OMD à Budapest",
      },
      ru: {
        title: "Региональный семинар Европейского региона по вопросам добросовестности в таможенном обучении",
        summary:
          "Преподаватели Европейского региона обсудят, как включать вопросы добросовестности в каждый курс, — в Будапеште и онлайн.",
        body: "Добросовестность часто преподают отдельным модулем. Семинар посвящён тому, как сделать её частью каждого курса.\n\nВ программе:\n\n- практические примеры учебных центров региона;\n- инструменты ВТамО по добросовестности и их использование на занятиях;\n- обмен учебными материалами между центрами.",
        venue: "Региональный учебный центр ВТамО в Будапеште",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbEurope },
      { role: "HOST", structure: SEED_SLUGS.rtcBudapest },
      { role: "PARTICIPANT", structure: "rtc-baku" },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcBishkek },
      { role: "PARTICIPANT", structure: "rtc-khmelnytskyi" },
    ],
  },
  {
    slug: "americas-training-customs-valuation-santo-domingo",
    kind: "TRAINING",
    status: "PUBLISHED",
    schedule: { inMonths: 2, lengthDays: 4 },
    timeZone: "America/Santo_Domingo",
    format: "IN_PERSON",
    city: "Santo Domingo",
    countryCode: "DO",
    region: "AMS",
    host: "rtc-dominican-republic",
    organizer: SEED_SLUGS.rocbAmericas,
    publishedAt: { daysAgo: 30 },
    t: {
      en: {
        title: "Sub-regional Training on Customs Valuation for Central America and the Caribbean",
        summary: "A four-day course for valuation officers, with practical cases drawn from the sub-region's trade.",
        body: "Valuation remains one of the most frequent sources of disputes at the border. This course goes back to the basics and then works through real cases.\n\nTopics:\n\n- the transaction value method and its adjustments;\n- related-party transactions;\n- using valuation databases responsibly.",
        venue: "WCO Regional Training Centre, Santo Domingo",
      },
      es: {
        title: "Capacitación subregional sobre valoración aduanera para Centroamérica y el Caribe",
        summary:
          "Un curso de cuatro días para funcionarios de valoración, con casos prácticos tomados del comercio de la subregión.",
        body: "La valoración sigue siendo una de las causas más frecuentes de controversias en frontera. Este curso repasa los fundamentos y luego analiza casos reales.\n\nTemas:\n\n- el método del valor de transacción y sus ajustes;\n- las transacciones entre partes vinculadas;\n- el uso responsable de las bases de datos de valoración.",
        venue: "Centro Regional de Capacitación de la OMA, Santo Domingo",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbAmericas },
      { role: "HOST", structure: "rtc-dominican-republic" },
      { role: "SPEAKER", structure: "rtc-brazil" },
    ],
  },
  {
    slug: "mena-meeting-regional-structures-riyadh",
    kind: "REGIONAL_STRUCTURES_MEETING",
    status: "PUBLISHED",
    schedule: { inMonths: 4, lengthDays: 2 },
    timeZone: "Asia/Riyadh",
    format: "IN_PERSON",
    city: "Riyadh",
    countryCode: "SA",
    region: "MENA",
    host: "rtc-saudi-arabia",
    organizer: "rocb-mena",
    publishedAt: { daysAgo: 5 },
    t: {
      en: {
        title: "Meeting of the Regional Structures of the North of Africa, Near and Middle East Region",
        summary:
          "The regional office and the training centres of the region will review the year and agree on next year's training calendar.",
        body: "The yearly meeting of the region's structures takes stock of the training delivered and sets priorities for the year ahead.\n\nOn the agenda:\n\n- reports of the regional office and the training centres;\n- a shared calendar of regional courses;\n- Arabic-language e-learning modules.",
        venue: "WCO Regional Training Centre, Riyadh",
      },
      fr: {
        title: "Réunion des structures régionales de la région Afrique du Nord, Proche- et Moyen-Orient",
        summary:
          "Le bureau régional et les centres de formation de la région feront le bilan de l’année et arrêteront le calendrier de formation de l’année suivante.",
        body: "La réunion annuelle des structures de la région dresse le bilan des formations dispensées et fixe les priorités de l’année à venir.\n\nÀ l’ordre du jour :\n\n- les rapports du bureau régional et des centres de formation ;\n- un calendrier commun des cours régionaux ;\n- les modules de formation en ligne en arabe.",
        venue: "Centre régional de formation de l’OMD, Riyad",
      },
      ar: {
        title: "اجتماع الهياكل الإقليمية لإقليم شمال أفريقيا والشرق الأدنى والأوسط",
        summary: "يستعرض المكتب الإقليمي ومراكز التدريب في الإقليم حصيلة العام ويتفقون على جدول التدريب للعام المقبل.",
        body: "يقيّم الاجتماع السنوي للهياكل الإقليمية ما قُدّم من تدريب خلال العام ويحدد أولويات العام المقبل.\n\nجدول الأعمال:\n\n- تقارير المكتب الإقليمي ومراكز التدريب؛\n- جدول مشترك للدورات الإقليمية؛\n- وحدات التعلم الإلكتروني باللغة العربية.",
        venue: "مركز التدريب الإقليمي، الرياض",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: "rocb-mena" },
      { role: "HOST", structure: "rtc-saudi-arabia" },
      { role: "PARTICIPANT", structure: "rtc-egypt" },
      { role: "PARTICIPANT", structure: "vice-chair-mena" },
    ],
  },
  {
    slug: SEED_SLUGS.upcomingVirtualAfrica,
    kind: "OTHER",
    status: "PUBLISHED",
    schedule: { inMonths: 7, lengthDays: 1, startTime: "10:00", endTime: "13:00" },
    timeZone: "Africa/Abidjan",
    format: "VIRTUAL",
    join: { url: "https://meet.example.org/africa-e-learning-exchange", fromStartDay: false },
    city: "",
    region: "WCA",
    organizer: "rocb-west-central-africa",
    publishedAt: { daysAgo: 2 },
    t: {
      en: {
        title: "Virtual Exchange of African Training Centres on E-learning",
        summary:
          "Training centres from West, Central, East and Southern Africa will compare their e-learning platforms and course catalogues online.",
        body: "Several African training centres now run their own e-learning platforms. This online session lets them show what works.\n\nEach centre will present:\n\n- its platform and how learners reach it;\n- its most used courses;\n- one thing it would do differently.",
      },
      fr: {
        title: "Échange virtuel des centres de formation africains sur la formation en ligne",
        summary:
          "Des centres de formation d’Afrique de l’Ouest, du Centre, de l’Est et australe compareront en ligne leurs plateformes et catalogues de cours.",
        body: "Plusieurs centres de formation africains gèrent désormais leur propre plateforme d’apprentissage en ligne. Cette session en ligne leur permet de montrer ce qui fonctionne.\n\nChaque centre présentera :\n\n- sa plateforme et la manière dont les apprenants y accèdent ;\n- ses cours les plus suivis ;\n- une chose qu’il ferait autrement.",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: "rocb-west-central-africa" },
      { role: "PARTICIPANT", structure: "rocb-east-southern-africa" },
      { role: "PARTICIPANT", structure: "rtc-burkina-faso" },
      { role: "PARTICIPANT", structure: "rtc-nigeria" },
      { role: "PARTICIPANT", structure: "rtc-kenya" },
      { role: "PARTICIPANT", structure: "rtc-south-africa" },
    ],
  },
];

export const draftMeeting: MeetingSeed = {
  slug: SEED_SLUGS.draftMeeting,
  kind: "REGIONAL_STRUCTURES_MEETING",
  status: "DRAFT",
  schedule: { inDays: 60, lengthDays: 1 },
  timeZone: "Asia/Baku",
  format: "VIRTUAL",
  city: "",
  region: "EUR",
  organizer: SEED_SLUGS.rocbEurope,
  t: {
    en: {
      title: "Confidential: review of the Europe RTC joint action plan",
      summary: "Internal draft — not for publication.",
      body: "Draft agenda for an internal review of the joint action plan:\n\n- progress of each centre against the plan;\n- performance indicators;\n- proposals for the next plan.",
    },
  },
  attendees: [
    { role: "ORGANIZER", structure: SEED_SLUGS.rocbEurope },
    { role: "PARTICIPANT", structure: SEED_SLUGS.rtcBishkek },
  ],
};
