// The 11th Meeting of the Regional Structures of the WCO Europe Region
// (Bishkek, 12–15 October 2021). Published in English and Russian only.
import { SEED_PEOPLE, SEED_SLUGS } from "../keys";
import type { MeetingSeed } from "./types";

const bodyEn = `After more than a year of meeting only on screen, the regional structures of the WCO Europe region came together in person again, in Bishkek, from 12 to 15 October 2021. ROCB Europe convened the meeting and the Regional Training Centre of the State Customs Committee of the Kyrgyz Republic hosted it, with support from the OSCE Programme Office in Bishkek.

Around the table sat the WCO Secretariat, ROCB Europe and the Regional Training Centres of Azerbaijan, Kazakhstan, Kyrgyzstan, the Russian Federation and Ukraine. Four days gave enough time for full reports and for frank discussion of what had worked during the pandemic and what had not.

The programme covered:

- news from the WCO Secretariat, including training with virtual reality and the BACUDA project on data analysis;
- the activities of ROCB Europe since the previous meeting and its plans;
- a report from each Regional Training Centre on its courses, trainers and facilities;
- the way the centres will plan and report on their work from now on.

The participants agreed that the centres will draw up **one joint action plan** of their activities for the coming year, coordinated with ROCB Europe, and that the performance of each centre will be **monitored in a structured way**. ROCB Europe will circulate a draft plan and a simple reporting template to all centres.`;

const bodyRu = `После более чем годового перерыва, когда встречаться удавалось лишь в режиме видеосвязи, региональные структуры Европейского региона ВТамО вновь собрались очно — в Бишкеке, с 12 по 15 октября 2021 года. Совещание организовало Региональное бюро по наращиванию потенциала (РБНП) Европейского региона, принимающей стороной выступил Региональный учебный центр Государственного таможенного комитета Кыргызской Республики, поддержку оказал Офис программ ОБСЕ в Бишкеке.

В работе участвовали Секретариат ВТамО, РБНП Европейского региона и региональные учебные центры Азербайджана, Казахстана, Кыргызстана, Российской Федерации и Украины. Четыре дня позволили подробно выслушать доклады и откровенно обсудить, что удалось и что не удалось сделать в период пандемии.

В программе совещания:

- информация Секретариата ВТамО, в том числе об обучении с использованием виртуальной реальности и о проекте BACUDA по анализу данных;
- деятельность РБНП Европейского региона после предыдущего совещания и его планы;
- доклады каждого регионального учебного центра о курсах, преподавателях и материальной базе;
- порядок планирования работы центров и отчётности о ней.

Участники договорились, что центры подготовят **единый совместный план** своих мероприятий на предстоящий год, согласованный с РБНП, и что работа каждого центра будет **оцениваться по единой структурированной схеме**. РБНП разошлёт всем центрам проект плана и простую форму отчётности.`;

export const bishkek2021: MeetingSeed = {
  slug: SEED_SLUGS.bishkek2021,
  kind: "REGIONAL_STRUCTURES_MEETING",
  status: "PUBLISHED",
  series: { slug: SEED_SLUGS.seriesEurope, number: 11 },
  schedule: { starts: "2021-10-12T09:00", ends: "2021-10-15T17:00" },
  timeZone: "Asia/Bishkek",
  format: "IN_PERSON",
  city: "Bishkek",
  countryCode: "KG",
  region: "EUR",
  host: SEED_SLUGS.rtcBishkek,
  organizer: SEED_SLUGS.rocbEurope,
  publishedAt: "2021-10-18T06:00:00Z",
  t: {
    en: {
      title: "11th Meeting of the Regional Structures of the WCO Europe Region",
      summary:
        "The region's training centres, ROCB Europe and the WCO Secretariat met in person in Bishkek for the first time since the pandemic and agreed on a joint action plan and structured monitoring of the centres' performance.",
      body: bodyEn,
      venue: "WCO Regional Training Centre, State Customs Committee of the Kyrgyz Republic",
    },
    ru: {
      title: "11-е совещание региональных структур Европейского региона ВТамО",
      summary:
        "Учебные центры региона, РБНП Европейского региона и Секретариат ВТамО впервые после пандемии встретились очно в Бишкеке и договорились о совместном плане действий и структурированной оценке работы центров.",
      body: bodyRu,
      venue: "Региональный учебный центр ВТамО, Государственный таможенный комитет Кыргызской Республики",
    },
  },
  sessions: [
    {
      key: "opening",
      chair: "Aibek Misalov",
      room: "Main conference hall, RTC Bishkek",
      t: { en: "Opening session", ru: "Открытие совещания" },
    },
    {
      key: "reports",
      chair: SEED_PEOPLE.publicAttendeeName,
      room: "Main conference hall, RTC Bishkek",
      t: { en: "The region's structures report", ru: "Доклады структур региона" },
    },
    {
      key: "planning",
      chair: "Maria Beispiel",
      room: "Seminar room 2, RTC Bishkek",
      t: { en: "Working session: planning and monitoring", ru: "Рабочая сессия: планирование и оценка" },
    },
  ],
  agenda: [
    {
      at: "2021-10-12T09:00",
      until: "2021-10-12T10:00",
      session: "opening",
      speakers: ["Aibek Misalov", "Maria Beispiel"],
      t: {
        en: {
          title: "Opening and welcome by the host",
          description: "Words of welcome from the host administration, ROCB Europe and the OSCE Programme Office.",
        },
        ru: {
          title: "Открытие и приветствие принимающей стороны",
          description: "Приветственные слова принимающей администрации, РБНП и Офиса программ ОБСЕ.",
        },
      },
    },
    {
      at: "2021-10-12T10:30",
      until: "2021-10-12T12:00",
      session: "opening",
      speakers: ["Jordan Example"],
      t: {
        en: {
          title: "News from the WCO Secretariat",
          description: "Virtual reality in customs training and the BACUDA data-analysis project.",
        },
        ru: {
          title: "Информация Секретариата ВТамО",
          description: "Виртуальная реальность в таможенном обучении и проект BACUDA по анализу данных.",
        },
      },
    },
    {
      at: "2021-10-13T09:00",
      until: "2021-10-13T10:30",
      session: "reports",
      speakers: [SEED_PEOPLE.publicAttendeeName],
      t: {
        en: { title: "Activities and plans of ROCB Europe" },
        ru: { title: "Деятельность и планы РБНП Европейского региона" },
      },
    },
    {
      at: "2021-10-13T11:00",
      until: "2021-10-13T13:00",
      session: "reports",
      speakers: ["Aibek Misalov", SEED_PEOPLE.privateAttendeeName],
      t: {
        en: {
          title: "Reports of the Regional Training Centres",
          description: "Azerbaijan, Kazakhstan, Kyrgyzstan, the Russian Federation and Ukraine.",
        },
        ru: {
          title: "Доклады региональных учебных центров",
          description: "Азербайджан, Казахстан, Кыргызстан, Российская Федерация и Украина.",
        },
      },
    },
    {
      at: "2021-10-14T09:00",
      until: "2021-10-14T12:30",
      session: "planning",
      t: {
        en: { title: "Towards a joint action plan of RTC activities" },
        ru: { title: "Подготовка совместного плана мероприятий РУЦ" },
      },
    },
    {
      at: "2021-10-14T14:00",
      until: "2021-10-14T16:00",
      session: "planning",
      speakers: [SEED_PEOPLE.publicAttendeeName],
      t: {
        en: { title: "Monitoring the performance of the centres" },
        ru: { title: "Оценка эффективности работы центров" },
      },
    },
    {
      at: "2021-10-15T10:00",
      until: "2021-10-15T12:00",
      t: {
        en: { title: "Conclusions and closing" },
        ru: { title: "Выводы и закрытие совещания" },
      },
    },
  ],
  outcomes: [
    {
      kind: "DECISION",
      t: {
        en: "The Regional Training Centres will prepare one joint action plan of their activities for the coming year, coordinated with ROCB Europe.",
        ru: "Региональные учебные центры подготовят единый совместный план мероприятий на предстоящий год, согласованный с РБНП Европейского региона.",
      },
    },
    {
      kind: "DECISION",
      t: {
        en: "The performance of each centre will be monitored in a structured way, using a common reporting template circulated by ROCB Europe.",
        ru: "Работа каждого центра будет оцениваться по структурированной схеме с использованием общей формы отчётности, которую разошлёт РБНП.",
      },
    },
    {
      kind: "OUTCOME",
      t: {
        en: "The first in-person meeting of the region's structures since the COVID-19 pandemic restored direct contact between the centres.",
        ru: "Первое после пандемии COVID-19 очное совещание региональных структур восстановило прямые контакты между центрами.",
      },
    },
  ],
  attendees: [
    {
      role: "ORGANIZER",
      structure: SEED_SLUGS.rocbEurope,
      people: [{ fullName: SEED_PEOPLE.publicAttendeeName, jobTitle: "Head of ROCB Europe", publicConsent: true }],
    },
    {
      role: "HOST",
      structure: SEED_SLUGS.rtcBishkek,
      people: [
        { fullName: "Aibek Misalov", jobTitle: "Director of the Training Centre", publicConsent: true },
        {
          fullName: SEED_PEOPLE.privateAttendeeName,
          jobTitle: "Training coordinator",
          publicConsent: false,
          email: SEED_PEOPLE.privateAttendeeEmail,
          phone: SEED_PEOPLE.privateAttendeePhone,
        },
      ],
    },
    {
      role: "PARTNER",
      organization: SEED_SLUGS.osceBishkek,
      people: [{ fullName: "Maria Beispiel", jobTitle: "Programme officer", publicConsent: true }],
    },
    {
      role: "SPEAKER",
      organization: SEED_SLUGS.wcoSecretariat,
      people: [
        {
          fullName: "Jordan Example",
          jobTitle: "Technical officer, Capacity Building Directorate",
          publicConsent: true,
        },
      ],
    },
    { role: "PARTICIPANT", structure: "rtc-baku" },
    { role: "PARTICIPANT", structure: "rtc-astana" },
    { role: "PARTICIPANT", structure: SEED_SLUGS.rtcMoscow },
    { role: "PARTICIPANT", structure: "rtc-khmelnytskyi" },
  ],
  documents: [
    {
      title: "Agenda of the 11th meeting",
      language: "en",
      fileName: "agenda-11th-meeting-europe-2021",
      lines: [
        "11th Meeting of the Regional Structures of the WCO Europe Region",
        "Bishkek, 12-15 October 2021",
        "",
        "Day 1  Opening and welcome by the host; reports of the training centres",
        "Day 2  Joint action plan of the centres for the coming year",
        "Day 3  Monitoring the centres' performance: a structured form",
        "Day 4  Conclusions, next host and closing",
      ],
    },
    {
      title: "Joint action plan of the training centres: draft for adoption",
      language: "en",
      fileName: "joint-action-plan-draft-2021",
      kind: "REPORT",
      agendaItemAt: "2021-10-14T09:00",
      lines: [
        "Draft presented by ROCB Europe for adoption by the meeting.",
        "",
        "1. Each centre lists the courses it offers to the region next year.",
        "2. ROCB Europe publishes one calendar of all courses.",
        "3. Each centre reports twice a year on a common form.",
        "4. The results are reviewed at the next meeting.",
      ],
    },
  ],
};
