// Wording shared by all structures of one kind: the head's title and the
// mandate. Each structure has its own name, host and description.
import type { Locale } from "./types";

type PerLocale = Record<Locale, string>;

export const headTitles: Record<"ROCB" | "RTC" | "VICE_CHAIR", PerLocale> = {
  ROCB: {
    en: "Head of the Regional Office",
    fr: "Chef du Bureau régional",
    es: "Jefe de la Oficina Regional",
    ru: "Руководитель регионального бюро",
    ar: "رئيس المكتب الإقليمي",
  },
  RTC: {
    en: "Director of the Training Centre",
    fr: "Directeur du Centre de formation",
    es: "Director del Centro de Capacitación",
    ru: "Директор учебного центра",
    ar: "مدير مركز التدريب",
  },
  VICE_CHAIR: {
    en: "Head of the Customs Administration, Vice-Chair of the WCO Council",
    fr: "Chef de l’administration des douanes, vice-président du Conseil de l’OMD",
    es: "Jefe de la Administración de Aduanas, Vicepresidente del Consejo de la OMA",
    ru: "Руководитель таможенной службы, заместитель Председателя Совета ВТамО",
    ar: "رئيس الإدارة الجمركية، نائب رئيس مجلس منظمة الجمارك العالمية",
  },
};

export const mandates: Record<"ROCB" | "RTC" | "VICE_CHAIR", PerLocale> = {
  ROCB: {
    en: "Plans and coordinates capacity building in the region together with the WCO Secretariat: it turns the region's priorities into a programme, matches needs with donors and experts, and follows up on results with the training centres.",
    fr: "Planifie et coordonne le renforcement des capacités dans la région avec le Secrétariat de l’OMD : il traduit les priorités régionales en programme, rapproche besoins, donateurs et experts, et suit les résultats avec les centres de formation.",
    es: "Planifica y coordina el fortalecimiento de capacidades en la región junto con la Secretaría de la OMA: convierte las prioridades regionales en un programa, vincula necesidades con donantes y expertos y da seguimiento a los resultados con los centros de capacitación.",
    ru: "Планирует и координирует наращивание потенциала в регионе совместно с Секретариатом ВТамО: превращает приоритеты региона в программу, связывает потребности с донорами и экспертами и отслеживает результаты вместе с учебными центрами.",
    ar: "يخطط لبناء القدرات في الإقليم وينسقه مع الأمانة العامة لمنظمة الجمارك العالمية: يحوّل أولويات الإقليم إلى برنامج عمل، ويربط الاحتياجات بالجهات المانحة والخبراء، ويتابع النتائج مع مراكز التدريب.",
  },
  RTC: {
    en: "Hosts regional courses, workshops and e-learning sessions on WCO instruments and tools, offers its premises and trainers to the administrations of the region, and reports on its activities to the regional office.",
    fr: "Accueille des cours, ateliers et sessions de formation en ligne régionaux sur les instruments et outils de l’OMD, met ses locaux et ses formateurs à la disposition des administrations de la région et rend compte de ses activités au bureau régional.",
    es: "Acoge cursos, talleres y sesiones de aprendizaje en línea regionales sobre los instrumentos y herramientas de la OMA, pone sus instalaciones y formadores a disposición de las administraciones de la región e informa de sus actividades a la oficina regional.",
    ru: "Проводит региональные курсы, семинары и дистанционные занятия по инструментам ВТамО, предоставляет свои помещения и преподавателей таможенным службам региона и отчитывается о своей работе перед региональным бюро.",
    ar: "يستضيف دورات وورش عمل وجلسات تعلم إلكتروني إقليمية حول صكوك منظمة الجمارك العالمية وأدواتها، ويضع مرافقه ومدربيه في خدمة إدارات الإقليم، ويرفع تقارير أنشطته إلى المكتب الإقليمي.",
  },
  VICE_CHAIR: {
    en: "Represents the region in the Policy Commission and the Council of the WCO for a two-year term, gathers the views of the region's Members and chairs the regional meetings of the heads of customs.",
    fr: "Représente la région au sein de la Commission de politique générale et du Conseil de l’OMD pour un mandat de deux ans, recueille les positions des Membres de la région et préside les réunions régionales des directeurs généraux des douanes.",
    es: "Representa a la región en la Comisión de Política General y en el Consejo de la OMA durante un mandato de dos años, recoge las opiniones de los Miembros de la región y preside las reuniones regionales de directores de aduanas.",
    ru: "Представляет регион в Комиссии по политике и Совете ВТамО в течение двухлетнего срока, обобщает позиции членов региона и председательствует на региональных совещаниях руководителей таможенных служб.",
    ar: "يمثل الإقليم في لجنة السياسات العامة وفي مجلس منظمة الجمارك العالمية لمدة عامين، ويجمع آراء أعضاء الإقليم، ويرأس الاجتماعات الإقليمية لرؤساء إدارات الجمارك.",
  },
};

/** Head title and mandate of a kind in the given locales, merged into each translation. */
export function sharedTexts(kind: "ROCB" | "RTC" | "VICE_CHAIR", locale: Locale) {
  return { headTitle: headTitles[kind][locale], mandate: mandates[kind][locale] };
}
