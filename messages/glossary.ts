// One glossary per language: for each key term of the WCO's regional network,
// the one form the portal uses in each locale and the variants it must not use.
// tests/unit/glossary.test.ts holds messages/<locale>.json and the demo content
// (prisma/seed/data) to it. Translators: change a form here first, with its
// source, then the texts; the test lists every place that still differs.
//
// Sources, cited by key in each entry:
//   wco-fr-rtc   https://www.wcoomd.org/fr/about-us/wco-regional-bodies/regional_training_centres.aspx
//                ("Centres régionaux de formation (CRF)", "Afrique orientale", "Afrique occidentale et centrale")
//   wco-fr-rocb  https://www.wcoomd.org/fr/media/newsroom/2009/march/cbdirectorvisitrocbasiapacificnews.aspx
//                ("Bureau régional pour le renforcement des capacités (BRRC) de la région Asie Pacifique")
//   wco-fr-alex  https://www.wcoomd.org/fr/media/newsroom/2009/november/cb_ar_alexandria_en.aspx
//                ("Vice-Président de la Région", "Secrétariat de l'OMD", "BRRC", "CRF",
//                "région Afrique du Nord, Proche- et Moyen-Orient")
//   wco-es-none  the Spanish and Russian pages of wcoomd.org show the English text ("Esta página no está
//                disponible en el idioma seleccionado", e.g. /es-es/media/newsroom/2022/december/the-wco-delivered-a-follow-up-mercator-mission-to-peru.aspx,
//                /ru-ru/about-us/wco-regional-bodies/cb_regional_offices.aspx): the WCO publishes no Spanish
//                or Russian name for these structures, so the member administrations' wording is used.
//   es-orfc      report of the ORFC Americas meeting in Montevideo (https://ghm.com.ve/?p=1721):
//                "Oficina Regional de Fortalecimiento de Capacidades (ORFC)"
//   es-gt        Diario de Centro América (Guatemala) on Guatemala customs, https://dca.gob.gt/?p=389446: "vicepresidente regional de la
//                Organización Mundial de Aduanas (OMA)", "la Vicepresidencia Regional de la OMA"
//   es-columbus  WCO, "Argumento comercial para el Programa Columbus" (Spanish edition,
//                https://deploy.studylib.es/doc/5839368/1-argumento-comercial-para-el-programa-columbus):
//                "Administraciones Miembros de la OMA", "Organización Mundial de Aduanas (OMA)"
//   es-americas  the WCO's Spanish-speaking Members are in the Americas, where "capacitación" is the word for
//                training ("formación" is the Spain usage); the portal already names the RTCs "Centros
//                Regionales de Capacitación (CRC)" in most places, so that form wins
//   ru-fcs       Russian customs usage, which the demo content already follows: "Всемирная таможенная
//                организация (ВТамО)" (e.g. https://alleuropa.ru/?p=4135 «Всемирной таможенной организации
//                (далее – ВтамО)»; the press sometimes writes ВТО, which is the WTO), the WCO's regional training
//                centre at the Russian Customs Academy (RIA Novosti, 26.11.2002, https://ria.ru/20021126/270859.html)
//   ru-un        UN Russian practice renders Vice-Chair(man) of a body as "заместитель Председателя"
//                (with a capital П for the Chair of a named body; not checked against UNTERM while writing
//                this); the demo content already does
//   ar-bh        Bahrain Customs, https://bahraincustoms.gov.bh/ar/news/customs-president-chairs-regional-meet-egypt:
//                "منظمة الجمارك العالمية", "نائب رئيس منظمة الجمارك العالمية لشئون إقليم شمال أفريقيا والشرق الأدنى والأوسط"
//   ar-om        Oman Customs, https://www.customs.gov.om/ (news of 02/03/2020): "مكتب نائب الرئيس",
//                "المكتب الإقليمي لبناء القدرات (ROCB)"
//   ar-ae        Al Bayan (UAE), 15 June 2015, http://albayan.ae/economy/local-market/2015-06-15-1.2395947:
//                "مراكز التدريب الإقليمية"
//   ar-qa        Qatar General Authority of Customs (https://marsalqatar.qa/post/9257): "مركز تدريب إقليمي لدى منظمة الجمارك العالمية"
//   ar-jo        Jordan Customs (https://johinanews.com/article/239408): "الأمانة العامة لمنظمة الجمارك العالمية"
//   es-mag       WCO News in Spanish, https://mag.wcoomd.org/es/magazine/wco-news-106-edicion-1-2025/impact-wco-fellowship-programme:
//                "La Secretaría de la OMA", "Administraciones de Aduanas"
//   unverified   the form the demo content already used; no published page confirming it was found while
//                writing this glossary: check it against the committee's documents when they are at hand
//   portal       a choice of this portal where no published wording decides; the reason is given

export const glossaryLocales = ["fr", "es", "ru", "ar"] as const;
export type GlossaryLocale = (typeof glossaryLocales)[number];

export type TermForm = {
  /** The form to use, as a label (capitalized as it starts a label). */
  use: string;
  /** Other right forms: plural, grammatical cases, with or without the article. */
  forms?: string[];
  /** Wrong variants: they may appear in no text of the locale (matched as written: add the i flag where case does not matter). */
  avoid?: RegExp[];
  /** Apply `avoid` to the interface text only, when the words are also ordinary words of the demo content. */
  avoidInMessagesOnly?: boolean;
  /** Key of the source (see the list above), with a word on the choice. */
  source: string;
};

export type Term = {
  id: string;
  /** English labels of this term: every message or seed text that is exactly one of them must be `use` or one of `forms`. */
  en: string[];
  /** Message keys that name the term inside a longer text: each must contain `use` or one of `forms`. */
  keys?: string[];
  locales: Record<GlossaryLocale, TermForm>;
};

export const terms: Term[] = [
  {
    id: "wco",
    en: ["World Customs Organization"],
    locales: {
      fr: {
        use: "Organisation mondiale des douanes",
        forms: ["OMD"],
        avoid: [/organisation mondiale de la douane/i],
        source: "wco-fr-rtc",
      },
      es: {
        use: "Organización Mundial de Aduanas",
        forms: ["OMA"],
        avoid: [/organización mundial de las aduanas/i],
        source: "es-columbus; «de las Aduanas» is the Portuguese (Organização Mundial das Aduanas) calque",
      },
      ru: {
        use: "Всемирная таможенная организация",
        forms: ["ВТамО"],
        avoid: [/(^|[^А-Яа-яЁё])ВТО([^А-Яа-яЁё]|$)/],
        source: "ru-fcs; ВТО is the WTO",
      },
      ar: {
        use: "منظمة الجمارك العالمية",
        avoid: [/منظمة العالمية للجمارك/],
        source: "ar-bh, ar-om, ar-qa (the form the WCO's Arab Members use)",
      },
    },
  },
  {
    id: "rocb",
    en: ["Regional Office for Capacity Building", "Regional Offices for Capacity Building"],
    locales: {
      fr: {
        use: "Bureau régional pour le renforcement des capacités",
        forms: ["Bureaux régionaux pour le renforcement des capacités", "BRRC"],
        avoid: [/bureaux? régiona(l|ux) de renforcement des capacités/i],
        source: "wco-fr-rocb",
      },
      es: {
        use: "Oficina Regional de Fortalecimiento de Capacidades",
        forms: ["Oficinas Regionales de Fortalecimiento de Capacidades", "ORFC"],
        avoid: [/oficinas? regional(es)? (de|para el) (creación|desarrollo|refuerzo) de capacidad/i],
        source: "es-orfc",
      },
      ru: {
        use: "Региональное бюро по наращиванию потенциала",
        forms: ["Региональные бюро по наращиванию потенциала", "РБНП"],
        avoid: [/бюро по (развитию|укреплению|созданию) потенциала/i],
        source: "ru-fcs and the brief of issue 13",
      },
      ar: {
        use: "المكتب الإقليمي لبناء القدرات",
        forms: ["المكاتب الإقليمية لبناء القدرات"],
        avoid: [/بناء المقدرة/, /تنمية القدرات/],
        source: "ar-om («بناء المقدرة» of some UAE texts is the older variant)",
      },
    },
  },
  {
    id: "rtc",
    en: ["Regional Training Centre", "Regional Training Centres"],
    locales: {
      fr: {
        use: "Centre régional de formation",
        forms: ["Centres régionaux de formation", "CRF"],
        avoid: [/centres? de formation régiona/i, /centres? régiona(l|ux) d['’]entraînement/i],
        source: "wco-fr-rtc",
      },
      es: {
        use: "Centro Regional de Capacitación",
        forms: ["Centros Regionales de Capacitación", "CRC"],
        avoid: [/centros? regional(es)? de formación/i],
        source: "es-americas; wco-es-none",
      },
      ru: {
        use: "Региональный учебный центр",
        forms: ["Региональные учебные центры", "РУЦ"],
        avoid: [/региональн\S* тренировочн/i, /региональн\S* центр\S* подготовки/i],
        source: "ru-fcs and the brief of issue 13",
      },
      ar: {
        use: "مركز التدريب الإقليمي",
        forms: ["مراكز التدريب الإقليمية"],
        avoid: [/المركز الإقليمي للتدريب/, /مراكز إقليمية للتدريب/],
        source: "ar-ae, ar-qa (construct state: مركز التدريب الإقليمي)",
      },
    },
  },
  {
    id: "vice-chair",
    en: ["Vice-Chair"],
    locales: {
      fr: {
        use: "vice-président",
        forms: ["vice-présidents"],
        source: "wco-fr-alex («Vice-Président de la Région»); lower case as French titles",
      },
      es: { use: "Vicepresidente", forms: ["Vicepresidentes"], avoid: [/vice[- ]presidente/i], source: "es-gt" },
      ru: {
        use: "заместитель Председателя",
        forms: ["заместителя Председателя", "заместители Председателя", "заместителей Председателя"],
        avoid: [/вице-председател/i, /заместител\S* председател/],
        source: "ru-un (вице-председатель was the second, clashing form)",
      },
      ar: { use: "نائب الرئيس", forms: ["نواب الرئيس", "نائب رئيس"], source: "ar-bh, ar-om" },
    },
  },
  {
    id: "vice-chair-office",
    en: ["Vice-Chair's office", "Vice-Chair offices"],
    locales: {
      fr: {
        use: "Bureau du vice-président",
        forms: ["Bureaux des vice-présidents"],
        avoid: [/vice-présidence/i],
        source: "wco-fr-alex: the office is named after the person, «vice-présidence» was the second, clashing form",
      },
      es: {
        use: "Oficina de la Vicepresidencia",
        forms: ["Oficinas de las Vicepresidencias"],
        avoid: [/oficinas? del? (los )?vicepresidentes?/i],
        source: "es-gt («la Vicepresidencia Regional de la OMA»)",
      },
      ru: {
        use: "Офис заместителя Председателя",
        forms: ["Офисы заместителей Председателя"],
        avoid: [/бюро (вице-председател|заместител)/i],
        source: "portal: «бюро» is the ROCB (РБНП), so the Vice-Chair's office is «офис», as in the demo content",
      },
      ar: { use: "مكتب نائب الرئيس", forms: ["مكاتب نواب الرئيس"], source: "ar-om" },
    },
  },
  {
    id: "secretariat",
    en: ["WCO Secretariat"],
    locales: {
      fr: { use: "Secrétariat de l’OMD", avoid: [/secrétariat général de l['’]OMD/i], source: "wco-fr-alex" },
      es: { use: "Secretaría de la OMA", avoid: [/secretariado de la OMA/i], source: "es-mag" },
      ru: { use: "Секретариат ВТамО", source: "ru-fcs" },
      ar: {
        use: "الأمانة العامة لمنظمة الجمارك العالمية",
        avoid: [/(^|[^ل])أمانة (المنظمة|منظمة)/],
        source: "ar-jo; the issue 13 review",
      },
    },
  },
  {
    id: "member-administration",
    en: ["Member administration"],
    locales: {
      fr: {
        use: "Administration membre",
        forms: ["administrations membres"],
        source: "portal, after wco-fr-alex («leurs Membres»)",
      },
      es: {
        use: "Administración miembro",
        forms: ["administraciones miembros"],
        avoid: [/administraci(ón|ones) miembras?/i],
        source: "es-columbus",
      },
      ru: {
        use: "Администрация-член",
        forms: ["администрации-члены"],
        avoid: [/член-администрац/i],
        source: "ru-fcs («администрации — члены ВТамО»)",
      },
      ar: {
        use: "إدارة عضو",
        forms: ["الإدارة العضو", "إدارات أعضاء", "الإدارات الأعضاء"],
        source: "ar-bh («أعضاء المنظمة»); portal",
      },
    },
  },
  {
    id: "capacity-building-committee",
    en: ["Capacity Building Committee"],
    locales: {
      fr: {
        use: "Comité du renforcement des capacités",
        avoid: [/comité de renforcement des capacités/i],
        source: "unverified; «Directeur du renforcement des capacités» in wco-fr-rocb",
      },
      es: {
        use: "Comité de Fortalecimiento de Capacidades",
        source:
          "es-orfc (the same «fortalecimiento de capacidades»: «director general de Fortalecimiento de Capacidades de la OMA»)",
      },
      ru: { use: "Комитет по наращиванию потенциала", source: "unverified; the same «наращивание потенциала» as РБНП" },
      ar: {
        use: "لجنة بناء القدرات",
        source: "ar-om: the same «بناء القدرات» as the ROCB («مدير إدارة بناء القدرات» in ar-bh)",
      },
    },
  },
  {
    id: "integrity-sub-committee",
    en: ["Integrity Sub-Committee"],
    locales: {
      fr: {
        use: "Sous-Comité sur l’éthique",
        avoid: [/sous-comité (de|sur) l['’]intégrité/i],
        source: "unverified; French WCO texts call integrity «éthique», as the topic of the demo content",
      },
      es: { use: "Subcomité de Integridad", source: "unverified; «integridad», as the topic of the demo content" },
      ru: {
        use: "Подкомитет по добросовестности",
        avoid: [/подкомитет по (честности|неподкупности)/i],
        source: "unverified; «добросовестность», as the topic of the demo content",
      },
      ar: { use: "اللجنة الفرعية للنزاهة", source: "unverified; «النزاهة», as the topic of the demo content" },
    },
  },
  {
    id: "meeting",
    en: ["Meeting", "Meetings"],
    locales: {
      fr: { use: "Réunion", forms: ["Réunions"], source: "wco-fr-alex («réunion de coordination régionale»)" },
      es: { use: "Reunión", forms: ["Reuniones"], source: "es-gt" },
      ru: {
        use: "Совещание",
        forms: ["Совещания"],
        // «план мероприятий» (action plan) is ordinary Russian in the demo content.
        avoid: [/мероприяти/i],
        avoidInMessagesOnly: true,
        source:
          "ru-fcs («совещание региональных структур»); «мероприятие» was the second, clashing name of the same pages",
      },
      ar: { use: "اجتماع", forms: ["الاجتماع", "الاجتماعات"], source: "ar-bh («الاجتماع الإقليمي»)" },
    },
  },
  {
    id: "head",
    en: ["Head", "New head"],
    locales: {
      fr: { use: "Responsable", forms: ["Nouveau responsable"], source: "portal" },
      es: { use: "Responsable", forms: ["Nuevo responsable"], source: "portal" },
      ru: { use: "Руководитель", forms: ["Новый руководитель"], source: "portal" },
      ar: {
        use: "رئيس الهيكل",
        forms: ["رئيس جديد للهيكل"],
        avoid: [/مسؤول جديد/],
        source:
          "portal: «المسؤول» is the administrator of the portal (Staff.role.ADMIN), and «الرئيس» alone reads as the Chair",
      },
    },
  },
  {
    id: "named-person",
    en: ["Named people"],
    // Only texts that name the concept: "Person {number}" in the form is one person, not the term.
    keys: ["Meetings.people", "StaffAttendees.form.people", "StaffAttendees.peopleOf"],
    locales: {
      fr: {
        use: "Personnes citées nommément",
        forms: ["personne citée nommément", "personnes citées nommément"],
        source: "portal (issue 22 review: «nommées» reads as «appointed»)",
      },
      es: {
        use: "Personas identificadas por su nombre",
        forms: ["persona identificada por su nombre", "personas identificadas por su nombre"],
        source: "portal (issue 22 review: «nombradas» reads as «appointed»)",
      },
      ru: {
        use: "Участники поимённо",
        forms: ["участник", "Участник", "Участники"],
        avoid: [/(^|[^а-яё])лиц(о|а|у|ом|е|ам|ами|ах)?([^а-яё]|$)/i],
        avoidInMessagesOnly: true,
        source: "the issue 13 review: «лицо» is legal jargon; a named person of an attendee is an «участник»",
      },
      ar: { use: "الأشخاص المذكورون بالاسم", forms: ["الأشخاص المذكورون", "الشخص", "شخص"], source: "portal" },
    },
  },
  {
    id: "unpublish",
    en: [],
    keys: ["StaffEditor.publication.unpublish", "StaffAudit.verb.unpublish"],
    locales: {
      fr: { use: "Dépublier", forms: ["Dépublication"], source: "portal: «Retirer» reads as delete" },
      es: {
        use: "Anular la publicación",
        forms: ["Anulación de la publicación"],
        avoid: [/retirar (esta traducción|\(volver)/i, /retirada de publicación/i],
        source: "portal: «Retirar» reads as delete",
      },
      ru: {
        use: "Снять с публикации",
        forms: ["Снять этот перевод с публикации", "Снятие с публикации"],
        source: "portal",
      },
      ar: { use: "إلغاء النشر", forms: ["إلغاء نشر"], source: "portal" },
    },
  },
  {
    id: "record-history",
    en: ["History"],
    locales: {
      fr: { use: "Historique", source: "portal" },
      es: {
        use: "Historial",
        avoid: [/(^|[^a-záéíóú])historia([^a-záéíóúl]|$)/i],
        avoidInMessagesOnly: true,
        source: "the issue 13 review: a record's log is «historial»",
      },
      ru: { use: "История", source: "portal" },
      ar: { use: "السجل التاريخي", source: "portal" },
    },
  },
];

/** The six WCO regions (seed regions.ts), one name per locale. */
export const regionNames: Record<string, { en: string } & Record<GlossaryLocale, string> & { source: string }> = {
  EUR: { en: "Europe", fr: "Europe", es: "Europa", ru: "Европа", ar: "أوروبا", source: "wco-fr-rtc" },
  AP: {
    en: "Far East, South and South East Asia, Australasia and the Pacific Islands",
    fr: "Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique",
    es: "Lejano Oriente, Asia Meridional y Sudoriental, Australasia e Islas del Pacífico",
    ru: "Дальний Восток, Южная и Юго-Восточная Азия, Австралазия и острова Тихого океана",
    ar: "الشرق الأقصى وجنوب وجنوب شرق آسيا وأسترالاسيا وجزر المحيط الهادئ",
    source: "WCO's English name; ar: Australasia is «أسترالاسيا», not Australia («أستراليا») (issue 13)",
  },
  AMS: {
    en: "South America, North America, Central America and the Caribbean",
    fr: "Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes",
    es: "América del Sur, América del Norte, América Central y el Caribe",
    ru: "Южная Америка, Северная Америка, Центральная Америка и Карибский бассейн",
    ar: "أمريكا الجنوبية وأمريكا الشمالية وأمريكا الوسطى ومنطقة البحر الكاريبي",
    source: "WCO's English name",
  },
  ESA: {
    en: "East and Southern Africa",
    fr: "Afrique orientale et australe",
    es: "África Oriental y Meridional",
    ru: "Восточная и Южная Африка",
    ar: "شرق وجنوب أفريقيا",
    source: "wco-fr-rtc",
  },
  WCA: {
    en: "West and Central Africa",
    fr: "Afrique occidentale et centrale",
    es: "África Occidental y Central",
    ru: "Западная и Центральная Африка",
    ar: "غرب ووسط أفريقيا",
    source: "wco-fr-rtc",
  },
  MENA: {
    en: "North of Africa, Near and Middle East",
    fr: "Afrique du Nord, Proche- et Moyen-Orient",
    es: "Norte de África, Cercano y Medio Oriente",
    ru: "Северная Африка, Ближний и Средний Восток",
    ar: "شمال أفريقيا والشرق الأدنى والأوسط",
    source: "wco-fr-alex (fr); ar-bh, ar-om (ar)",
  },
};

/** Wrong variants of each region name, in any text of the locale. */
export const regionAvoid: Partial<Record<GlossaryLocale, { avoid: RegExp; source: string }[]>> = {
  ar: [{ avoid: /وأستراليا وجزر/, source: "issue 13: the region is Australasia" }],
  fr: [{ avoid: /Proche et (le )?Moyen-Orient/, source: "wco-fr-alex writes «Proche- et Moyen-Orient»" }],
};

/** Rules of house style per locale, beyond single terms. */
export const styleRules: Partial<Record<GlossaryLocale, { avoid: RegExp; why: string }[]>> = {
  es: [
    { avoid: /[a-záéíóú]o\/a\b/i, why: "no gender slashes (Bienvenido/a): rephrase, e.g. «Le damos la bienvenida»" },
  ],
  ru: [{ avoid: /\((а|на|ла)\)/, why: "no gender brackets (Согласен(на)): rephrase" }],
};

/**
 * French typography (Imprimerie nationale): a no-break space before ; : ? ! »
 * and after «, always U+00A0 (the narrow U+202F is missing from some fonts);
 * and the typographic apostrophe ’, which is also safe in ICU messages, where
 * the ASCII ' is the quoting character.
 */
export const frenchTypography = { space: "\u00a0", apostrophe: "\u2019" } as const;

/** Arabic addresses the reader in the polite plural (أنتم): these singular forms are wrong. */
export const arabicSingularAddress = {
  /** Words whose final ك is part of the word, not "your". */
  notPronoun: [
    "الجمارك",
    "للجمارك",
    "ذلك",
    "لذلك",
    "كذلك",
    "بذلك",
    "تلك",
    "هناك",
    "مشارك",
    "المشارك",
    "شارك",
    "تشارك",
    "شريك",
    "مشترك",
    "المشترك",
    "ترك",
    "يترك",
    "تحريك",
    "الاشتراك",
    "يملك",
  ],
  /** Singular imperatives and verbs of address (a passive, marked with a damma, is not address). */
  words: [
    "أنت",
    "اختر",
    "اخترها",
    "أدخل",
    "اكتب",
    "أنشئ",
    "أكمل",
    "انشر",
    "افتح",
    "احفظ",
    "احفظه",
    "أضف",
    "أضفهم",
    "استورد",
    "صحح",
    "ارفع",
    "ارفعه",
    "استخدم",
    "اذكر",
    "اذكره",
    "اترك",
    "اتركه",
    "أعد",
    "تحقق",
    "أزل",
    "احذف",
    "صفها",
    "تريد",
    "تنشر",
    "تكتبها",
    "تنشئ",
  ],
  source: "the issue 13 review: one form of address; the public pages already use the polite plural",
} as const;
