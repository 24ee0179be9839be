// Two articles translated into all five locales.
import { SEED_SLUGS } from "../keys";
import type { NewsSeed } from "./types";

export const networkExplainedNews: NewsSeed = {
  slug: SEED_SLUGS.networkExplainedNews,
  publishedAt: "2025-01-15T09:00:00Z",
  topics: ["capacity-building", "regional-cooperation"],
  structures: [],
  t: {
    en: {
      title: "Who does what in the WCO regional network",
      excerpt:
        "Regional offices, training centres and Vice-Chairs' offices: a short guide to the structures that bring capacity building close to the WCO's 186 Members.",
      body: `The WCO counts 186 Members grouped in six regions. To bring support closer to them, each region relies on three kinds of regional structures.

- **The Regional Office for Capacity Building (ROCB)** plans and coordinates assistance for the whole region. The first opened in Bangkok in 2004; the most recent, for Europe, in Baku in 2011.
- **Regional Training Centres (RTCs)** are hosted by member administrations and open their classrooms and trainers to the region. Budapest became the first in 2001.
- **The Vice-Chair's office** is held for a fixed term by the administration that represents the region in the WCO Council.

The structures meet regularly, within their region and, informally, all together. This portal gathers their profiles, meetings and news in one place.`,
    },
    fr: {
      title: "Qui fait quoi dans le réseau régional de l’OMD",
      excerpt:
        "Bureaux régionaux, centres de formation et bureaux des vice-présidents : petit guide des structures qui rapprochent le renforcement des capacités des 186 Membres de l’OMD.",
      body: `L’OMD compte 186 Membres répartis en six régions. Pour les appuyer au plus près, chaque région s’appuie sur trois types de structures régionales.

- **Le Bureau régional pour le renforcement des capacités (BRRC)** planifie et coordonne l’assistance pour toute la région. Le premier a ouvert à Bangkok en 2004 ; le plus récent, pour l’Europe, à Bakou en 2011.
- **Les centres régionaux de formation (CRF)** sont accueillis par des administrations membres et ouvrent leurs salles et leurs formateurs à la région. Budapest a été le premier, en 2001.
- **Le bureau du vice-président** est tenu pour un mandat limité par l’administration qui représente la région au Conseil de l’OMD.

Ces structures se réunissent régulièrement, au sein de leur région et, de manière informelle, toutes ensemble. Ce portail rassemble leurs profils, leurs réunions et leurs actualités.`,
    },
    es: {
      title: "Quién hace qué en la red regional de la OMA",
      excerpt:
        "Oficinas regionales, centros de capacitación y oficinas de las vicepresidencias: una breve guía de las estructuras que acercan el fortalecimiento de capacidades a los 186 Miembros de la OMA.",
      body: `La OMA cuenta con 186 Miembros agrupados en seis regiones. Para acercarles el apoyo, cada región se apoya en tres tipos de estructuras regionales.

- **La Oficina Regional de Fortalecimiento de Capacidades (ORFC)** planifica y coordina la asistencia en toda la región. La primera abrió en Bangkok en 2004; la más reciente, para Europa, en Bakú en 2011.
- **Los Centros Regionales de Capacitación (CRC)** están acogidos por administraciones miembros y ponen sus aulas y formadores a disposición de la región. Budapest fue el primero, en 2001.
- **La oficina de la Vicepresidencia** la ocupa durante un mandato fijo la administración que representa a la región en el Consejo de la OMA.

Las estructuras se reúnen con regularidad, dentro de su región y, de manera informal, todas juntas. Este portal reúne sus perfiles, reuniones y noticias.`,
    },
    ru: {
      title: "Кто чем занимается в региональной сети ВТамО",
      excerpt:
        "Региональные бюро, учебные центры и офисы заместителей Председателя: краткий путеводитель по структурам, которые приближают наращивание потенциала к 186 членам ВТамО.",
      body: `ВТамО объединяет 186 членов, разделённых на шесть регионов. Чтобы поддержка была ближе к ним, в каждом регионе работают три вида региональных структур.

- **Региональное бюро по наращиванию потенциала (РБНП)** планирует и координирует помощь во всём регионе. Первое открылось в Бангкоке в 2004 году, самое новое — европейское — в Баку в 2011 году.
- **Региональные учебные центры (РУЦ)** создаются при таможенных службах стран-членов и открывают свои аудитории и преподавателей для всего региона. Первым в 2001 году стал центр в Будапеште.
- **Офис заместителя Председателя** на определённый срок возглавляет администрация, представляющая регион в Совете ВТамО.

Структуры регулярно встречаются — в своём регионе и, в неформальном формате, все вместе. Этот портал собирает их профили, совещания и новости в одном месте.`,
    },
    ar: {
      title: "من يفعل ماذا في الشبكة الإقليمية لمنظمة الجمارك العالمية",
      excerpt:
        "مكاتب إقليمية ومراكز تدريب ومكاتب نواب الرئيس: دليل موجز للهياكل التي تقرّب بناء القدرات من أعضاء المنظمة البالغ عددهم 186 عضوًا.",
      body: `تضم منظمة الجمارك العالمية 186 عضوًا موزعين على ستة أقاليم. ولتقريب الدعم منهم، يعتمد كل إقليم على ثلاثة أنواع من الهياكل الإقليمية.

- **المكتب الإقليمي لبناء القدرات** يخطط للمساعدة في الإقليم بأكمله وينسقها. افتُتح أولها في بانكوك عام 2004، وأحدثها، لإقليم أوروبا، في باكو عام 2011.
- **مراكز التدريب الإقليمية** تستضيفها إدارات أعضاء وتفتح قاعاتها ومدربيها لدول الإقليم. وكانت بودابست أولها عام 2001.
- **مكتب نائب الرئيس** تتولاه لمدة محددة الإدارة التي تمثل الإقليم في مجلس المنظمة.

وتجتمع هذه الهياكل بانتظام داخل أقاليمها، كما تجتمع كلها معًا بصورة غير رسمية. وتجمع هذه البوابة ملفاتها واجتماعاتها وأخبارها في مكان واحد.`,
    },
  },
};

export const upcomingAsiaPacificWorkshopNews: NewsSeed = {
  slug: "asia-pacific-data-analytics-workshop-announced",
  publishedAt: { daysAgo: 10 },
  region: "AP",
  meeting: SEED_SLUGS.upcomingWorkshopAsiaPacific,
  topics: ["data-analysis", "risk-management", "training"],
  structures: [SEED_SLUGS.rocbAsiaPacific, "rtc-japan", "rtc-china", "rtc-india"],
  t: {
    en: {
      title: "Asia/Pacific workshop on data analytics opens for nominations",
      excerpt:
        "The regional office in Bangkok invites administrations to nominate analysts and trainers for a three-day workshop on data-driven risk management.",
      body: "ROCB Asia/Pacific will hold a regional workshop on data analytics for risk management in Bangkok in the coming weeks.\n\nAdministrations are asked to nominate participants who:\n\n- work with declaration data or targeting every day;\n- are able to pass on what they learn at a training centre.\n\nPractical details are on the meeting page.",
    },
    fr: {
      title: "Atelier Asie/Pacifique sur l’analyse de données : appel à candidatures",
      excerpt:
        "Le bureau régional de Bangkok invite les administrations à désigner des analystes et des formateurs pour un atelier de trois jours sur la gestion des risques fondée sur les données.",
      body: "Le BRRC Asie/Pacifique organisera dans les prochaines semaines à Bangkok un atelier régional sur l’analyse de données au service de la gestion des risques.\n\nLes administrations sont invitées à désigner des participants qui :\n\n- travaillent chaque jour avec les données de déclaration ou le ciblage ;\n- peuvent transmettre ce qu’ils apprennent dans un centre de formation.\n\nLes informations pratiques figurent sur la page de la réunion.",
    },
    es: {
      title: "Taller de Asia/Pacífico sobre análisis de datos: abierta la convocatoria",
      excerpt:
        "La oficina regional de Bangkok invita a las administraciones a designar analistas y formadores para un taller de tres días sobre gestión de riesgos basada en datos.",
      body: "La ORFC de Asia/Pacífico celebrará en Bangkok, en las próximas semanas, un taller regional sobre análisis de datos para la gestión de riesgos.\n\nSe invita a las administraciones a designar participantes que:\n\n- trabajen a diario con datos de declaraciones o con la selección;\n- puedan transmitir lo aprendido en un centro de capacitación.\n\nLos detalles prácticos figuran en la página de la reunión.",
    },
    ru: {
      title: "Открыт набор на семинар по анализу данных в Азиатско-Тихоокеанском регионе",
      excerpt:
        "Региональное бюро в Бангкоке предлагает таможенным службам направить аналитиков и преподавателей на трёхдневный семинар по управлению рисками на основе данных.",
      body: "В ближайшие недели РБНП Азиатско-Тихоокеанского региона проведёт в Бангкоке региональный семинар по анализу данных для управления рисками.\n\nАдминистрациям предлагается направить участников, которые:\n\n- ежедневно работают с данными деклараций или отбором для контроля;\n- смогут передать полученные знания в учебном центре.\n\nПрактическая информация размещена на странице совещания.",
    },
    ar: {
      title: "فتح باب الترشيح لورشة آسيا والمحيط الهادئ حول تحليل البيانات",
      excerpt:
        "يدعو المكتب الإقليمي في بانكوك الإدارات إلى ترشيح محللين ومدربين لورشة عمل مدتها ثلاثة أيام حول إدارة المخاطر القائمة على البيانات.",
      body: "ينظم المكتب الإقليمي لبناء القدرات لآسيا والمحيط الهادئ خلال الأسابيع المقبلة في بانكوك ورشة عمل إقليمية حول تحليل البيانات لإدارة المخاطر.\n\nوتُدعى الإدارات إلى ترشيح مشاركين:\n\n- يعملون يوميًا على بيانات التصاريح أو الاستهداف؛\n- قادرين على نقل ما يتعلمونه في مركز تدريب.\n\nوترد التفاصيل العملية في صفحة الاجتماع.",
    },
  },
};
