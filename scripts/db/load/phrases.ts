// Words of the generated load data, per language: enough variety that lists,
// search and ranking behave as on real content. The word in `everywhere` is in
// every generated text of its language (the search benchmark's worst case).
export type LoadLocale = "en" | "fr" | "es" | "ru" | "ar";

export const loadLocales: LoadLocale[] = ["en", "fr", "es", "ru", "ar"];

export const everywhere: Record<LoadLocale, string> = {
  en: "customs",
  fr: "douanes",
  es: "aduanas",
  ru: "таможенных",
  ar: "الجمارك",
};

export const topics: Record<LoadLocale, string[]> = {
  en: [
    "risk management",
    "trade facilitation",
    "customs valuation",
    "rules of origin",
    "integrity",
    "post-clearance audit",
    "e-commerce",
    "the Harmonized System",
    "border security",
    "data analysis",
    "human resources development",
    "authorized economic operators",
  ],
  fr: [
    "gestion des risques",
    "facilitation des échanges",
    "valeur en douane",
    "règles d’origine",
    "éthique",
    "contrôle a posteriori",
    "commerce électronique",
    "Système harmonisé",
    "sécurité des frontières",
    "analyse des données",
    "développement des ressources humaines",
    "opérateurs économiques agréés",
  ],
  es: [
    "gestión de riesgos",
    "facilitación del comercio",
    "valoración en aduana",
    "normas de origen",
    "integridad",
    "auditoría posterior al despacho",
    "comercio electrónico",
    "Sistema Armonizado",
    "seguridad fronteriza",
    "análisis de datos",
    "desarrollo de recursos humanos",
    "operadores económicos autorizados",
  ],
  ru: [
    "управлению рисками",
    "упрощению процедур торговли",
    "таможенной стоимости",
    "правилам происхождения",
    "добросовестности",
    "таможенному контролю после выпуска товаров",
    "электронной торговле",
    "Гармонизированной системе",
    "безопасности границ",
    "анализу данных",
    "развитию кадров",
    "уполномоченным экономическим операторам",
  ],
  ar: [
    "إدارة المخاطر",
    "تيسير التجارة",
    "القيمة الجمركية",
    "قواعد المنشأ",
    "النزاهة",
    "التدقيق اللاحق للإفراج",
    "التجارة الإلكترونية",
    "النظام المنسق",
    "أمن الحدود",
    "تحليل البيانات",
    "تنمية الموارد البشرية",
    "المشغلين الاقتصاديين المعتمدين",
  ],
};

/** Title templates per meeting kind (same order as the MeetingKind enum): %1 topic, %2 city. */
export const titleTemplates: Record<LoadLocale, string[]> = {
  en: [
    "Regional meeting of the structures on %1, %2",
    "Informal meeting of ROCBs, RTCs and Vice-Chairs on %1",
    "Regional workshop on %1, %2",
    "Training course on %1, %2",
    "Committee session on %1",
    "Expert group on %1, %2",
  ],
  fr: [
    "Réunion régionale des structures sur %1, %2",
    "Réunion informelle des BRRC, CRF et vice-présidences sur %1",
    "Atelier régional sur %1, %2",
    "Formation sur %1, %2",
    "Session du comité sur %1",
    "Groupe d’experts sur %1, %2",
  ],
  es: [
    "Reunión regional de las estructuras sobre %1, %2",
    "Reunión informal de ORFC, CRF y vicepresidencias sobre %1",
    "Taller regional sobre %1, %2",
    "Curso de formación sobre %1, %2",
    "Sesión del comité sobre %1",
    "Grupo de expertos sobre %1, %2",
  ],
  ru: [
    "Региональное совещание структур по %1, %2",
    "Неофициальное совещание РБНП, РУЦ и вице-председателей по %1",
    "Региональный семинар по %1, %2",
    "Учебный курс по %1, %2",
    "Сессия комитета по %1",
    "Группа экспертов по %1, %2",
  ],
  ar: [
    "الاجتماع الإقليمي للهياكل بشأن %1، %2",
    "الاجتماع غير الرسمي للمكاتب والمراكز ونواب الرئيس بشأن %1",
    "ورشة عمل إقليمية بشأن %1، %2",
    "دورة تدريبية بشأن %1، %2",
    "دورة اللجنة بشأن %1",
    "فريق خبراء بشأن %1، %2",
  ],
};

export const summaries: Record<LoadLocale, string> = {
  en: "Officers of the customs administrations of the region met to share practice on %1.",
  fr: "Des agents des administrations des douanes de la région se sont réunis pour partager leurs pratiques en matière de %1.",
  es: "Funcionarios de las administraciones de aduanas de la región se reunieron para compartir prácticas sobre %1.",
  ru: "Сотрудники таможенных администраций региона встретились, чтобы обменяться опытом по %1.",
  ar: "اجتمع موظفو إدارات الجمارك في الإقليم لتبادل الممارسات بشأن %1.",
};

export const bodies: Record<LoadLocale, string> = {
  en: "The participants reviewed the regional programme of customs capacity building and the results of the last year.\n\n- presentations by the Regional Training Centres\n- a session on %1 with the WCO Secretariat\n- next steps for the region\n\nThe meeting agreed to exchange materials and to report at the next meeting.",
  fr: "Les participants ont examiné le programme régional de renforcement des capacités des douanes et les résultats de l’année écoulée.\n\n- présentations des centres régionaux de formation\n- une séance sur %1 avec le Secrétariat de l’OMD\n- prochaines étapes pour la région\n\nLa réunion est convenue d’échanger des supports et de faire rapport à la prochaine réunion.",
  es: "Los participantes examinaron el programa regional de fortalecimiento de capacidades de las aduanas y los resultados del último año.\n\n- presentaciones de los centros regionales de formación\n- una sesión sobre %1 con la Secretaría de la OMA\n- próximos pasos para la región\n\nLa reunión acordó intercambiar materiales e informar en la próxima reunión.",
  ru: "Участники рассмотрели региональную программу наращивания потенциала таможенных органов и итоги прошлого года.\n\n- выступления региональных учебных центров\n- заседание по %1 с Секретариатом ВТамО\n- дальнейшие шаги для региона\n\nУчастники договорились обмениваться материалами и доложить о результатах на следующем совещании.",
  ar: "استعرض المشاركون البرنامج الإقليمي لبناء قدرات الجمارك ونتائج العام الماضي.\n\n- عروض المراكز الإقليمية للتدريب\n- جلسة بشأن %1 مع الأمانة العامة لمنظمة الجمارك العالمية\n- الخطوات التالية للإقليم\n\nاتفق الاجتماع على تبادل المواد وتقديم تقرير في الاجتماع القادم.",
};

export const newsTitles: Record<LoadLocale, string> = {
  en: "New customs cooperation on %1 in %2",
  fr: "Nouvelle coopération des douanes en matière de %1 à %2",
  es: "Nueva cooperación de las aduanas sobre %1 en %2",
  ru: "Новое сотрудничество таможенных органов по %1 в %2",
  ar: "تعاون جديد بين إدارات الجمارك بشأن %1 في %2",
};

/** Cities of each region, for generated venues and structures. */
export const citiesByRegion: Record<string, { city: string; country: string }[]> = {
  EUR: [
    { city: "Baku", country: "AZ" },
    { city: "Budapest", country: "HU" },
    { city: "Astana", country: "KZ" },
    { city: "Bishkek", country: "KG" },
    { city: "Tbilisi", country: "GE" },
    { city: "Riga", country: "LV" },
    { city: "Vienna", country: "AT" },
    { city: "Skopje", country: "MK" },
  ],
  AP: [
    { city: "Bangkok", country: "TH" },
    { city: "Shanghai", country: "CN" },
    { city: "Kuala Lumpur", country: "MY" },
    { city: "Suva", country: "FJ" },
    { city: "New Delhi", country: "IN" },
    { city: "Seoul", country: "KR" },
  ],
  AMS: [
    { city: "Montevideo", country: "UY" },
    { city: "Buenos Aires", country: "AR" },
    { city: "Santo Domingo", country: "DO" },
    { city: "Mexico City", country: "MX" },
    { city: "Lima", country: "PE" },
    { city: "Bogotá", country: "CO" },
  ],
  ESA: [
    { city: "Nairobi", country: "KE" },
    { city: "Kampala", country: "UG" },
    { city: "Johannesburg", country: "ZA" },
    { city: "Mauritius", country: "MU" },
    { city: "Lusaka", country: "ZM" },
  ],
  WCA: [
    { city: "Abidjan", country: "CI" },
    { city: "Ouagadougou", country: "BF" },
    { city: "Brazzaville", country: "CG" },
    { city: "Dakar", country: "SN" },
    { city: "Abuja", country: "NG" },
  ],
  MENA: [
    { city: "Dubai", country: "AE" },
    { city: "Cairo", country: "EG" },
    { city: "Amman", country: "JO" },
    { city: "Beirut", country: "LB" },
    { city: "Riyadh", country: "SA" },
  ],
};

export const personNames = [
  "Amina Example",
  "Jonas Sample",
  "Leila Placeholder",
  "Marco Demo",
  "Nadia Fictive",
  "Oleg Primer",
  "Rosa Modelo",
  "Samir Mithal",
  "Tanya Obrazets",
  "Yusuf Misal",
];
