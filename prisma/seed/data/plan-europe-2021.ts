// Demo content: the 2021–2022 joint action plan of the Europe region, adopted
// by the 11th meeting (Bishkek) and followed up at the 12th. Texts in English
// and Russian; other languages fall back to English with the notice.
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../keys";

type Status = "PLANNED" | "IN_PROGRESS" | "DONE" | "POSTPONED" | "CANCELLED";
type Text = { en: string; ru: string };

export type ReportSeed = {
  period: [string, string];
  reportedStatus: Status;
  status: "SUBMITTED" | "ACCEPTED" | "RETURNED";
  reviewedAt?: string;
  comment?: string;
  actual?: [string | null, string | null];
  values: number[];
  narrative: Text;
  submittedBy?: string;
};

export type ActivitySeed = {
  structure: string;
  partners?: string[];
  partnerOrganizations?: string[];
  planned: [string, string];
  status?: Status;
  title: Text;
  description: Text;
  indicators: { unit: string; target: number; name: Text }[];
  reports?: ReportSeed[];
};

const trainings = (target: number) => ({
  unit: "trainings",
  target,
  name: { en: "Trainings delivered", ru: "Проведено учебных мероприятий" },
});
const officers = (target: number) => ({
  unit: "officers",
  target,
  name: { en: "Officers trained", ru: "Обучено сотрудников" },
});

export const europePlan = {
  slug: SEED_SLUGS.europePlan2021,
  region: "EUR",
  period: ["2021-11-01", "2022-12-31"] as [string, string],
  meeting: SEED_SLUGS.bishkek2021,
  reviewer: DEMO_ACCOUNTS.staffEurope,
  title: {
    en: "Joint action plan of the Europe region's training centres 2021–2022",
    ru: "Совместный план действий учебных центров Европейского региона на 2021–2022 годы",
  },
  summary: {
    en: "The activities the Regional Training Centres of the Europe region agreed to deliver in the year after the 11th meeting in Bishkek, coordinated with ROCB Europe, with indicators to monitor each centre's performance in a structured way.",
    ru: "Мероприятия, которые региональные учебные центры Европейского региона договорились провести в течение года после 11-го совещания в Бишкеке, согласованные с РБНП, с показателями для структурированной оценки работы каждого центра.",
  },
  activities: [
    {
      structure: "rtc-baku",
      partners: [SEED_SLUGS.rocbEurope],
      planned: ["2022-02-01", "2022-04-30"],
      title: {
        en: "Regional course on Authorized Economic Operator programmes",
        ru: "Региональный курс по программам уполномоченных экономических операторов",
      },
      description: {
        en: "A two-week course for officers who validate and monitor AEO applicants.",
        ru: "Двухнедельный курс для сотрудников, проводящих проверку и мониторинг заявителей на статус УЭО.",
      },
      indicators: [trainings(2), officers(40)],
      reports: [
        {
          period: ["2022-02-01", "2022-04-30"],
          reportedStatus: "DONE",
          status: "ACCEPTED",
          reviewedAt: "2022-05-20T10:00:00Z",
          actual: ["2022-02-14", "2022-04-22"],
          values: [2, 46],
          narrative: {
            en: "Both sessions were held in Baku, with participants from seven administrations.",
            ru: "Обе сессии прошли в Баку с участием представителей семи администраций.",
          },
        },
      ],
    },
    {
      structure: "rtc-baku",
      planned: ["2022-09-01", "2022-10-31"],
      title: {
        en: "Study visit on risk-based inspection at land borders",
        ru: "Учебный визит по инспекции на основе управления рисками на сухопутных границах",
      },
      description: {
        en: "A study visit for heads of border posts, with the Georgian Revenue Service as host.",
        ru: "Учебный визит для руководителей пограничных постов; принимающая сторона — Налоговая служба Грузии.",
      },
      indicators: [officers(15)],
      reports: [
        {
          period: ["2022-09-01", "2022-10-31"],
          reportedStatus: "DONE",
          status: "SUBMITTED",
          actual: ["2022-09-19", "2022-09-23"],
          values: [14],
          narrative: {
            en: "The visit took place in September; fourteen heads of border posts took part.",
            ru: "Визит состоялся в сентябре; в нём приняли участие четырнадцать руководителей постов.",
          },
        },
      ],
    },
    {
      structure: "rtc-astana",
      planned: ["2022-01-15", "2022-06-30"],
      title: {
        en: "Harmonized System classification course",
        ru: "Курс по классификации товаров по Гармонизированной системе",
      },
      description: {
        en: "Classification of goods under HS 2022, for classification specialists of the region.",
        ru: "Классификация товаров по ГС 2022 для специалистов по классификации из стран региона.",
      },
      indicators: [trainings(3), officers(120)],
      reports: [
        {
          period: ["2022-01-15", "2022-03-31"],
          reportedStatus: "IN_PROGRESS",
          status: "ACCEPTED",
          reviewedAt: "2022-04-08T09:00:00Z",
          actual: ["2022-02-07", null],
          values: [1, 52],
          narrative: { en: "The first session was held in February.", ru: "Первая сессия проведена в феврале." },
        },
        {
          period: ["2022-04-01", "2022-06-30"],
          reportedStatus: "DONE",
          status: "ACCEPTED",
          reviewedAt: "2022-07-11T09:00:00Z",
          actual: [null, "2022-06-17"],
          values: [2, 88],
          narrative: {
            en: "Two more sessions: demand exceeded the target, so a waiting list was opened.",
            ru: "Ещё две сессии: спрос превысил целевой показатель, был открыт лист ожидания.",
          },
        },
      ],
    },
    {
      structure: "rtc-astana",
      planned: ["2022-09-01", "2022-11-30"],
      status: "POSTPONED",
      title: {
        en: "Pilot of virtual reality training for inspectors",
        ru: "Пилотное обучение инспекторов с использованием виртуальной реальности",
      },
      description: {
        en: "A pilot of the WCO's virtual reality modules for container inspection.",
        ru: "Пилотное применение модулей виртуальной реальности ВТамО для досмотра контейнеров.",
      },
      indicators: [trainings(1)],
    },
    {
      structure: SEED_SLUGS.rtcBishkek,
      partnerOrganizations: [SEED_SLUGS.osceBishkek],
      planned: ["2021-12-01", "2022-03-31"],
      title: {
        en: "National trainers' course on risk management",
        ru: "Курс подготовки национальных преподавателей по управлению рисками",
      },
      description: {
        en: "A course that prepares national trainers to teach risk management in their administrations.",
        ru: "Курс подготовки национальных преподавателей по управлению рисками для их администраций.",
      },
      indicators: [trainings(2), officers(30)],
      reports: [
        {
          period: ["2021-12-01", "2022-03-31"],
          reportedStatus: "DONE",
          status: "ACCEPTED",
          reviewedAt: "2022-04-15T08:00:00Z",
          actual: ["2021-12-06", "2022-03-25"],
          values: [2, 31],
          submittedBy: DEMO_ACCOUNTS.rtcBishkek,
          narrative: {
            en: "Two courses were held with the support of the OSCE Programme Office.",
            ru: "Проведены два курса при поддержке Офиса программ ОБСЕ.",
          },
        },
      ],
    },
    {
      structure: SEED_SLUGS.rtcBishkek,
      planned: ["2022-03-01", "2022-10-31"],
      title: {
        en: "E-learning module on customs valuation in Kyrgyz and Russian",
        ru: "Модуль дистанционного обучения по таможенной стоимости на кыргызском и русском языках",
      },
      description: {
        en: "Adapting the WCO's customs valuation e-learning module for the centre's platform.",
        ru: "Адаптация модуля ВТамО по таможенной стоимости для платформы центра.",
      },
      indicators: [
        { unit: "modules", target: 1, name: { en: "Modules published", ru: "Опубликовано модулей" } },
        officers(200),
      ],
      reports: [
        {
          period: ["2022-03-01", "2022-06-30"],
          reportedStatus: "IN_PROGRESS",
          status: "ACCEPTED",
          reviewedAt: "2022-07-05T08:00:00Z",
          actual: ["2022-03-14", null],
          values: [0, 0],
          submittedBy: DEMO_ACCOUNTS.rtcBishkek,
          narrative: {
            en: "The Russian version is ready; the Kyrgyz translation is under review.",
            ru: "Русская версия готова; перевод на кыргызский язык на проверке.",
          },
        },
        {
          period: ["2022-07-01", "2022-10-31"],
          reportedStatus: "DONE",
          status: "RETURNED",
          reviewedAt: "2022-11-07T08:00:00Z",
          values: [1, 180],
          submittedBy: DEMO_ACCOUNTS.rtcBishkek,
          comment:
            "Please give the number of officers who completed the module, not the number enrolled, and attach the platform's completion report.",
          narrative: {
            en: "The module is published and 180 officers have used it.",
            ru: "Модуль опубликован, им воспользовались 180 сотрудников.",
          },
        },
      ],
    },
    {
      structure: SEED_SLUGS.rtcBishkek,
      partners: [SEED_SLUGS.rocbEurope],
      planned: ["2022-09-01", "2022-12-15"],
      title: {
        en: "Regional workshop on post-clearance audit",
        ru: "Региональный семинар по таможенному контролю после выпуска товаров",
      },
      description: {
        en: "A workshop for auditors of the region's administrations, with ROCB Europe.",
        ru: "Семинар для аудиторов таможенных администраций региона совместно с РБНП.",
      },
      indicators: [
        { unit: "workshops", target: 1, name: { en: "Workshops held", ru: "Проведено семинаров" } },
        officers(25),
      ],
    },
    {
      structure: SEED_SLUGS.rtcMoscow,
      planned: ["2022-01-10", "2022-12-15"],
      title: {
        en: "Train-the-trainer programme for the region's centres",
        ru: "Программа подготовки преподавателей для центров региона",
      },
      description: {
        en: "Trainers of the Russian Customs Academy coach trainers of the other centres.",
        ru: "Преподаватели Российской таможенной академии обучают преподавателей других центров.",
      },
      indicators: [trainings(4), officers(60)],
      reports: [
        {
          period: ["2022-01-10", "2022-06-30"],
          reportedStatus: "IN_PROGRESS",
          status: "ACCEPTED",
          reviewedAt: "2022-07-20T08:00:00Z",
          actual: ["2022-02-01", null],
          values: [2, 27],
          narrative: { en: "Two of the four sessions were held.", ru: "Проведены две из четырёх сессий." },
        },
      ],
    },
    {
      structure: SEED_SLUGS.rtcMoscow,
      planned: ["2022-04-01", "2022-05-31"],
      status: "CANCELLED",
      title: { en: "Seminar on cross-border e-commerce", ru: "Семинар по трансграничной электронной торговле" },
      description: {
        en: "Cancelled: the topic moved to the WCO's global programme.",
        ru: "Отменён: тема перенесена в глобальную программу ВТамО.",
      },
      indicators: [trainings(1)],
    },
    {
      structure: "rtc-khmelnytskyi",
      planned: ["2022-03-01", "2022-11-30"],
      title: { en: "Course on integrated border management", ru: "Курс по комплексному управлению границами" },
      description: {
        en: "Blended course on cooperation between customs and border guards.",
        ru: "Смешанный курс по взаимодействию таможенных органов и пограничной службы.",
      },
      indicators: [trainings(2), officers(50)],
      reports: [
        {
          period: ["2022-03-01", "2022-06-30"],
          reportedStatus: "IN_PROGRESS",
          status: "ACCEPTED",
          reviewedAt: "2022-08-01T08:00:00Z",
          actual: ["2022-06-06", null],
          values: [1, 22],
          narrative: {
            en: "The first session moved online and was held in June.",
            ru: "Первая сессия прошла онлайн в июне.",
          },
        },
        {
          period: ["2022-07-01", "2022-12-31"],
          reportedStatus: "DONE",
          status: "ACCEPTED",
          reviewedAt: "2023-01-16T08:00:00Z",
          actual: [null, "2022-12-09"],
          values: [1, 24],
          narrative: { en: "The second session was held in December.", ru: "Вторая сессия проведена в декабре." },
        },
      ],
    },
  ] satisfies ActivitySeed[],
};
