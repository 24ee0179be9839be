// One glossary per language: for each key term of the WCO's regional network,
// the one form the portal uses in each locale and the variants it must not use.
// tests/unit/glossary.test.ts holds messages/<locale>.json and the demo content
// (prisma/seed/data) to it. Translators: change a form here first, with its
// source, then the texts; the test lists every place that still differs.
//
// Sources, cited by key in each entry:
//   wco-fr-rtc   https://www.wcoomd.org/fr/about-us/wco-regional-bodies/regional_training_centres.aspx
//                ("Centres régionaux de formation (CRF)", "Afrique orientale", "Afrique occidentale et centrale")
//   wco-fr-rocb  the WCO's French pages, newest first: https://www.wcoomd.org/fr/media/newsroom/2023/november/wca-takes-first-steps-towards-building-communities-of-integrity-practice-within-the-region.aspx
//                ("Bureau régional de l'OMD pour le renforcement des capacités", November 2023) and
//                https://www.wcoomd.org/fr/media/newsroom/2009/march/cbdirectorvisitrocbasiapacificnews.aspx
//                ("Bureau régional pour le renforcement des capacités (BRRC) de la région Asie Pacifique"); the
//                same site also writes "Bureau régional de renforcement des capacités" (2014/november, 2019/february):
//                a form in real use, not an error, but the portal keeps one form, the one of the newest page
//                (checked 7 December 2026)
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
//   wco-short    the WCO's short names of its regions in English ("Asia/Pacific", "Americas and the Caribbean",
//                "East and Southern Africa", wcoomd.org/en/about-us/wco-regional-bodies), each region's full name
//                (regionNames) in the other languages shortened the same way
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
  /**
   * The grammatical forms the term takes inside a sentence (cases, the
   * indefinite, a preposition joined to it): a text whose English contains
   * the term must contain `use`, one of `forms` or one of these, letter for
   * letter (only a first capital may differ, where a sentence starts).
   */
  cases?: string[];
  /** Key of the source (see the list above), with a word on the choice. A source is verified: it names a published page, or a choice of this portal with its reason. */
  source: string;
  /**
   * What is still to check, for a form no published page confirmed yet. Such a
   * term may stay in the demo content, never in the interface (the test fails).
   */
  unverified?: string;
};

export type Term = {
  id: string;
  /**
   * English labels of this term: every message or seed text that is exactly
   * one of them must be `use` or one of `forms`, and every text that contains
   * one (in any case) must contain the locale's form (see `cases`).
   */
  en: string[];
  /** Why the term is compared as a whole label only, when its English word is also an ordinary word of sentences. */
  labelsOnly?: string;
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
        cases: [
          "Всемирной таможенной организации",
          "Всемирную таможенную организацию",
          "Всемирной таможенной организацией",
        ],
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
        source:
          "wco-fr-rocb: «pour le», the form of the WCO's newest French page; «de» is in real use too, one form is kept",
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
        // «бюро» does not decline: only the adjective does.
        cases: [
          "Регионального бюро по наращиванию потенциала",
          "Региональному бюро по наращиванию потенциала",
          "Региональным бюро по наращиванию потенциала",
          "Региональном бюро по наращиванию потенциала",
          "Региональных бюро по наращиванию потенциала",
          "Региональными бюро по наращиванию потенциала",
        ],
        avoid: [/бюро по (развитию|укреплению|созданию) потенциала/i],
        source: "ru-fcs and the brief of issue 13",
      },
      ar: {
        use: "المكتب الإقليمي لبناء القدرات",
        forms: ["المكاتب الإقليمية لبناء القدرات"],
        cases: ["مكتب إقليمي لبناء القدرات", "مكتبًا إقليميًا لبناء القدرات", "مكاتب إقليمية لبناء القدرات"],
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
        cases: [
          "Регионального учебного центра",
          "Региональному учебному центру",
          "Региональным учебным центром",
          "Региональном учебном центре",
          "Региональных учебных центров",
          "Региональным учебным центрам",
          "Региональными учебными центрами",
          "Региональных учебных центрах",
        ],
        avoid: [/региональн\S* тренировочн/i, /региональн\S* центр\S* подготовки/i],
        source: "ru-fcs and the brief of issue 13",
      },
      ar: {
        use: "مركز التدريب الإقليمي",
        forms: ["مراكز التدريب الإقليمية"],
        cases: ["مركز تدريب إقليمي", "مراكز تدريب إقليمية"],
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
      es: {
        use: "Vicepresidente",
        forms: ["Vicepresidentes"],
        // The post itself: «el mandato de la Vicepresidencia», «ejerce la Vicepresidencia».
        cases: ["Vicepresidencia", "Vicepresidencias"],
        avoid: [/vice[- ]presidente/i],
        source: "es-gt («la Vicepresidencia Regional de la OMA»)",
      },
      ru: {
        use: "заместитель Председателя",
        forms: ["заместителя Председателя", "заместители Председателя", "заместителей Председателя"],
        cases: ["заместителю Председателя", "заместителем Председателя", "заместителям Председателя"],
        avoid: [/вице-председател/i, /заместител\S* председател/],
        source: "ru-un (вице-председатель was the second, clashing form)",
      },
      ar: {
        use: "نائب الرئيس",
        forms: ["نواب الرئيس", "نائب رئيس"],
        cases: ["نائبًا للرئيس", "نائبا للرئيس", "لنائب الرئيس"],
        source: "ar-bh, ar-om",
      },
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
        cases: [
          "Офиса заместителя Председателя",
          "Офисов заместителей Председателя",
          "Офисами заместителей Председателя",
        ],
        avoid: [/бюро (вице-председател|заместител)/i],
        source: "portal: «бюро» is the ROCB (РБНП), so the Vice-Chair's office is «офис», as in the demo content",
      },
      ar: {
        use: "مكتب نائب الرئيس",
        forms: ["مكاتب نواب الرئيس"],
        cases: ["مكتب لنائب الرئيس"],
        source: "ar-om",
      },
    },
  },
  {
    id: "secretariat",
    en: ["WCO Secretariat"],
    locales: {
      fr: { use: "Secrétariat de l’OMD", avoid: [/secrétariat général de l['’]OMD/i], source: "wco-fr-alex" },
      es: { use: "Secretaría de la OMA", avoid: [/secretariado de la OMA/i], source: "es-mag" },
      ru: {
        use: "Секретариат ВТамО",
        cases: ["Секретариата ВТамО", "Секретариату ВТамО", "Секретариатом ВТамО", "Секретариате ВТамО"],
        source: "ru-fcs",
      },
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
        source: "the demo content's form; «Directeur du renforcement des capacités» in wco-fr-rocb",
        unverified: "the committee's French name in its own documents",
      },
      es: {
        use: "Comité de Fortalecimiento de Capacidades",
        source:
          "es-orfc (the same «fortalecimiento de capacidades»: «director general de Fortalecimiento de Capacidades de la OMA»)",
      },
      ru: {
        use: "Комитет по наращиванию потенциала",
        source: "the same «наращивание потенциала» as РБНП",
        unverified: "the committee's Russian name in Russian customs documents",
      },
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
        source: "French WCO texts call integrity «éthique», as the topic of the demo content",
        unverified: "the sub-committee's French name in its own documents",
      },
      es: {
        use: "Subcomité de Integridad",
        source: "«integridad», as the topic of the demo content",
        unverified: "the sub-committee's Spanish name in a published text",
      },
      ru: {
        use: "Подкомитет по добросовестности",
        avoid: [/подкомитет по (честности|неподкупности)/i],
        source: "«добросовестность», as the topic of the demo content",
        unverified: "the sub-committee's Russian name in a published text",
      },
      ar: {
        use: "اللجنة الفرعية للنزاهة",
        source: "«النزاهة», as the topic of the demo content",
        unverified: "the sub-committee's Arabic name in a published text",
      },
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
        cases: ["совещаний", "совещанию", "совещанием", "совещании", "совещаниям", "совещаниями", "совещаниях"],
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
    labelsOnly: "«head» is also ordinary English in titles («Head of the Regional Office», «head of customs»)",
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
    en: ["Named people", "named person"],
    // Only texts that name the concept: "Person {number}" in the form is one person, not the term.
    keys: ["Meetings.people", "StaffAttendees.form.people", "StaffAttendees.peopleOf"],
    locales: {
      fr: {
        use: "Personnes citées nommément",
        forms: ["Personne citée nommément"],
        source: "portal (issue 22 review: «nommées» reads as «appointed»)",
      },
      es: {
        use: "Personas identificadas por su nombre",
        forms: ["Persona identificada por su nombre"],
        source: "portal (issue 22 review: «nombradas» reads as «appointed»)",
      },
      ru: {
        use: "Участники поимённо",
        forms: ["Участник поимённо"],
        cases: [
          "Участник, указанный поимённо",
          "Участники, указанные поимённо",
          "Участников, указанных поимённо",
          "Участниками, указанными поимённо",
          "Участника, указанного поимённо",
        ],
        avoid: [/(^|[^а-яё])лиц(о|а|у|ом|е|ам|ами|ах)?([^а-яё]|$)/i],
        avoidInMessagesOnly: true,
        source: "the issue 13 review: «лицо» is legal jargon; a named person of an attendee is an «участник»",
      },
      ar: {
        use: "الأشخاص المذكورون بالاسم",
        forms: ["الشخص المذكور بالاسم"],
        cases: ["الأشخاص المذكورين بالاسم", "أشخاص مذكورون بالاسم", "أشخاص مذكورين بالاسم", "شخص مذكور بالاسم"],
        source: "portal",
      },
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
    id: "web-address",
    en: ["Web address", "Web address (slug)"],
    labelsOnly: "«address» is also a postal or e-mail address in sentences",
    locales: {
      fr: { use: "Adresse web", forms: ["Adresse web (slug)"], source: "portal" },
      es: { use: "Dirección web", forms: ["Dirección web (slug)"], source: "portal" },
      ru: { use: "Веб-адрес", forms: ["Веб-адрес (slug)"], source: "portal" },
      ar: {
        use: "العنوان على الويب",
        forms: ["العنوان على الويب (slug)"],
        avoid: [/العنوان الإلكتروني/],
        avoidInMessagesOnly: true,
        source: "the issue 22 review: «العنوان الإلكتروني» reads as an e-mail address",
      },
    },
  },
  {
    id: "staff-area",
    en: ["Staff area", "staff workspace"],
    locales: {
      fr: { use: "Espace du personnel", source: "portal" },
      es: {
        use: "Área del personal",
        avoid: [/espacio del personal/i],
        source: "portal (issue 22 review: «Área/espacio del personal» was split)",
      },
      ru: {
        use: "Раздел для сотрудников",
        cases: ["раздела для сотрудников", "разделе для сотрудников", "разделом для сотрудников"],
        source: "portal (issue 22 review: «Раздел» / «рабочее пространство сотрудников» was split)",
      },
      ar: { use: "مساحة الموظفين", avoid: [/مساحة عمل الموظفين/], source: "portal" },
    },
  },
  {
    id: "meeting-format",
    en: ["Format"],
    labelsOnly: "«format» is also a file's format",
    locales: {
      fr: { use: "Format", source: "portal" },
      es: {
        use: "Modalidad",
        source:
          "portal (issue 22 review: «Modalidad/Formato» was split; «modalidad presencial / virtual» is the usual Spanish)",
      },
      ru: { use: "Формат", source: "portal" },
      ar: {
        use: "طريقة الانعقاد",
        avoid: [/الصيغة/],
        avoidInMessagesOnly: true,
        source: "the issue 22 review: «الصيغة» means «wording»",
      },
    },
  },
  {
    id: "role",
    en: ["Role", "Roles", "Role: {roles}"],
    labelsOnly: "«role» is also ordinary English in sentences",
    locales: {
      fr: { use: "Rôle", forms: ["Rôles", "Rôle\u00a0: {roles}"], source: "portal" },
      es: {
        use: "Rol",
        forms: ["Roles", "Rol: {roles}"],
        avoid: [/funci[oó]n(es)?\b/i],
        avoidInMessagesOnly: true,
        source: "portal (issue 22 review: «Rol/Función» was split)",
      },
      ru: { use: "Роль", forms: ["Роли", "Роль: {roles}"], source: "portal" },
      ar: { use: "الدور", forms: ["الأدوار", "الدور: {roles}"], source: "portal" },
    },
  },
  {
    id: "email",
    en: ["E-mail", "E-mail (private)"],
    labelsOnly: "«e-mail» is also a message sent («receives an e-mail»)",
    locales: {
      fr: {
        use: "Courriel",
        forms: ["Courriel (privé)"],
        avoid: [/e-mail/i, /adresse électronique/i],
        source:
          "the issue 22 review: «courriel», the term the Commission générale de terminologie et de néologie published (Journal officiel, 20 June 2003)",
      },
      es: { use: "Correo electrónico", forms: ["Correo (privado)"], source: "portal" },
      ru: {
        use: "Электронная почта",
        forms: ["Эл. почта (конфиденциально)"],
        source: "portal («Эл. почта» where a column is narrow)",
      },
      ar: { use: "البريد الإلكتروني", forms: ["البريد الإلكتروني (خاص)"], source: "portal" },
    },
  },
  {
    id: "relocation",
    en: ["Relocation"],
    locales: {
      fr: {
        use: "Transfert du siège",
        avoid: [/déménagement/i],
        avoidInMessagesOnly: true,
        source: "the issue 22 review: an institution transfers its seat, people move house",
      },
      es: { use: "Traslado de la sede", source: "portal" },
      ru: { use: "Переезд", source: "portal" },
      ar: { use: "نقل المقر", source: "portal" },
    },
  },
  {
    id: "meeting-type",
    en: ["Type of meeting", "Kind of meeting"],
    locales: {
      fr: { use: "Type de réunion", source: "portal" },
      es: { use: "Tipo de reunión", source: "portal" },
      ru: {
        use: "Тип совещания",
        avoid: [/вид совещани/i],
        source: "portal (issue 22 review: «Тип» / «Вид совещания» was split)",
      },
      ar: { use: "نوع الاجتماع", source: "portal" },
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
      ru: { use: "История", cases: ["истории", "историю", "историей"], source: "portal" },
      ar: { use: "السجل التاريخي", source: "portal" },
    },
  },
];

/**
 * The six WCO regions (seed regions.ts), one name per locale, and the short
 * name of the interface (messages Regions.short.*; source wco-short).
 */
export const regionNames: Record<
  string,
  { en: string } & Record<GlossaryLocale, string> & {
      source: string;
      short: { en: string } & Record<GlossaryLocale, string>;
    }
> = {
  EUR: {
    en: "Europe",
    fr: "Europe",
    es: "Europa",
    ru: "Европа",
    ar: "أوروبا",
    source: "wco-fr-rtc",
    short: { en: "Europe", fr: "Europe", es: "Europa", ru: "Европа", ar: "أوروبا" },
  },
  AP: {
    en: "Far East, South and South East Asia, Australasia and the Pacific Islands",
    fr: "Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique",
    es: "Lejano Oriente, Asia Meridional y Sudoriental, Australasia e Islas del Pacífico",
    ru: "Дальний Восток, Южная и Юго-Восточная Азия, Австралазия и острова Тихого океана",
    ar: "الشرق الأقصى وجنوب وجنوب شرق آسيا وأسترالاسيا وجزر المحيط الهادئ",
    source: "WCO's English name; ar: Australasia is «أسترالاسيا», not Australia («أستراليا») (issue 13)",
    short: {
      en: "Asia/Pacific",
      fr: "Asie/Pacifique",
      es: "Asia/Pacífico",
      ru: "Азиатско-Тихоокеанский регион",
      ar: "آسيا والمحيط الهادئ",
    },
  },
  AMS: {
    en: "South America, North America, Central America and the Caribbean",
    fr: "Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes",
    es: "América del Sur, América del Norte, América Central y el Caribe",
    ru: "Южная Америка, Северная Америка, Центральная Америка и Карибский бассейн",
    ar: "أمريكا الجنوبية وأمريكا الشمالية وأمريكا الوسطى ومنطقة البحر الكاريبي",
    source: "WCO's English name",
    short: {
      en: "Americas and Caribbean",
      fr: "Amériques et Caraïbes",
      es: "Américas y el Caribe",
      ru: "Америка и Карибский бассейн",
      ar: "الأمريكتان والكاريبي",
    },
  },
  ESA: {
    en: "East and Southern Africa",
    fr: "Afrique orientale et australe",
    es: "África Oriental y Meridional",
    ru: "Восточная и Южная Африка",
    ar: "شرق وجنوب أفريقيا",
    source: "wco-fr-rtc",
    short: {
      en: "East and Southern Africa",
      fr: "Afrique orientale et australe",
      es: "África Oriental y Meridional",
      ru: "Восточная и Южная Африка",
      ar: "شرق أفريقيا وجنوبها",
    },
  },
  WCA: {
    en: "West and Central Africa",
    fr: "Afrique occidentale et centrale",
    es: "África Occidental y Central",
    ru: "Западная и Центральная Африка",
    ar: "غرب ووسط أفريقيا",
    source: "wco-fr-rtc",
    short: {
      en: "West and Central Africa",
      fr: "Afrique occidentale et centrale",
      es: "África Occidental y Central",
      ru: "Западная и Центральная Африка",
      ar: "غرب أفريقيا ووسطها",
    },
  },
  MENA: {
    en: "North of Africa, Near and Middle East",
    fr: "Afrique du Nord, Proche- et Moyen-Orient",
    es: "Norte de África, Cercano y Medio Oriente",
    ru: "Северная Африка, Ближний и Средний Восток",
    ar: "شمال أفريقيا والشرق الأدنى والأوسط",
    source: "wco-fr-alex (fr); ar-bh, ar-om (ar)",
    short: {
      en: "North Africa, Near and Middle East",
      fr: "Afrique du Nord, Proche- et Moyen-Orient",
      es: "Norte de África, Cercano y Medio Oriente",
      ru: "Северная Африка, Ближний и Средний Восток",
      ar: "شمال أفريقيا والشرق الأدنى والأوسط",
    },
  },
};

/** Wrong variants of each region name, in any text of the locale. */
export const regionAvoid: Partial<Record<GlossaryLocale, { avoid: RegExp; source: string }[]>> = {
  ar: [{ avoid: /وأستراليا وجزر/, source: "issue 13: the region is Australasia" }],
  fr: [{ avoid: /Proche et (le )?Moyen-Orient/, source: "wco-fr-alex writes «Proche- et Moyen-Orient»" }],
};

/** Rules of house style per locale, beyond single terms (`messagesOnly`: the interface, not the demo content). */
export const styleRules: Partial<Record<GlossaryLocale, { avoid: RegExp; why: string; messagesOnly?: boolean }[]>> = {
  es: [
    { avoid: /[a-záéíóú]o\/a\b/i, why: "no gender slashes (Bienvenido/a): rephrase, e.g. «Le damos la bienvenida»" },
    {
      avoid: /v[ií]ncul/i,
      why: "one word for a link, «enlace» / «enlazar» (issue 22 review: «Vínculos/enlaces» was split)",
      messagesOnly: true,
    },
  ],
  fr: [
    { avoid: /N°|n°/, why: "«Nº» / «nº» (U+00BA), one sign throughout (issue 22 review)" },
    {
      // A sentence of instructions, not a button: the site says «vous» («Indiquez…»).
      avoid: /^(Indiquer|Laisser|Vider|Saisir|Choisir|Sélectionner|Cocher|Utiliser|Remplir) [^{}]*\./,
      why: "instructions address the reader with «vous» (Indiquez…), not the infinitive (issue 22 review)",
      messagesOnly: true,
    },
  ],
  ru: [
    { avoid: /\((а|на|ла)\)/, why: "no gender brackets (Согласен(на)): rephrase" },
    {
      avoid: /в пределах ваших полномочий|закреплённ\S* структур/i,
      why: "a user's scope is their «зона ответственности» (issue 22 review: three names)",
      messagesOnly: true,
    },
    {
      avoid: /рабоч\S* пространств/i,
      why: "the staff area is the «раздел для сотрудников» (issue 22 review)",
      messagesOnly: true,
    },
  ],
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
    "طلبته",
    "طلبتها",
  ],
  source: "the issue 13 review: one form of address; the public pages already use the polite plural",
} as const;
