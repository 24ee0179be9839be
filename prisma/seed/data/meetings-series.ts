// More meetings of the two numbered series, so that the series pages and the
// previous/next links of a meeting have something to show. Demo texts.
import { SEED_SLUGS } from "../keys";
import type { MeetingSeed } from "./types";

export const seriesMeetings: MeetingSeed[] = [
  {
    slug: "10th-meeting-regional-structures-europe-2020",
    kind: "REGIONAL_STRUCTURES_MEETING",
    status: "PUBLISHED",
    series: { slug: SEED_SLUGS.seriesEurope, number: 10 },
    schedule: { starts: "2020-11-17T10:00", ends: "2020-11-18T13:00" },
    timeZone: "Asia/Baku",
    format: "VIRTUAL",
    city: "",
    region: "EUR",
    organizer: SEED_SLUGS.rocbEurope,
    publishedAt: "2020-11-20T08:00:00Z",
    t: {
      en: {
        title: "10th Meeting of the Regional Structures of the WCO Europe Region",
        summary:
          "Held online during the pandemic, the meeting looked at how the training centres had moved their courses to distance learning.",
        body: "With travel impossible, ROCB Europe gathered the region's training centres on a video platform for two half-days.\n\nEach centre reported on the courses it had moved online, the tools it used and the difficulties it met. The participants agreed to meet in person again as soon as conditions allowed.",
      },
      ru: {
        title: "10-е совещание региональных структур Европейского региона ВТамО",
        summary:
          "Совещание, проведённое онлайн во время пандемии, было посвящено переводу курсов учебных центров в дистанционный формат.",
        body: "Поскольку поездки были невозможны, РБНП Европейского региона собрало учебные центры региона на видеоплатформе на два неполных дня.\n\nКаждый центр рассказал о курсах, переведённых в онлайн-формат, об используемых инструментах и о возникших трудностях. Участники договорились вновь встретиться очно, как только позволят условия.",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbEurope },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcBudapest },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcMoscow },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcBishkek },
      { role: "SPEAKER", organization: SEED_SLUGS.wcoSecretariat },
    ],
  },
  {
    slug: "12th-meeting-regional-structures-europe-2022",
    kind: "REGIONAL_STRUCTURES_MEETING",
    status: "PUBLISHED",
    series: { slug: SEED_SLUGS.seriesEurope, number: 12 },
    schedule: { starts: "2022-10-04T09:00", ends: "2022-10-06T16:00" },
    timeZone: "Asia/Baku",
    format: "HYBRID",
    city: "Baku",
    countryCode: "AZ",
    region: "EUR",
    host: "rtc-baku",
    organizer: SEED_SLUGS.rocbEurope,
    publishedAt: "2022-10-10T08:00:00Z",
    t: {
      en: {
        title: "12th Meeting of the Regional Structures of the WCO Europe Region",
        summary:
          "One year after Bishkek, the centres reported on the first joint action plan and on the new way of monitoring their performance.",
        body: "The meeting followed up on the decisions taken in Bishkek in 2021.\n\n- Each training centre presented what it had delivered under the joint action plan.\n- ROCB Europe presented the first results of the structured monitoring of the centres.\n- The participants prepared the plan for the following year.",
        venue: "Regional Training Centre of the State Customs Committee of the Republic of Azerbaijan",
      },
      ru: {
        title: "12-е совещание региональных структур Европейского региона ВТамО",
        summary:
          "Через год после Бишкека центры отчитались о выполнении первого совместного плана и о новой системе оценки своей работы.",
        body: "Совещание подвело итоги выполнения решений, принятых в Бишкеке в 2021 году.\n\n- Каждый учебный центр рассказал о выполнении совместного плана.\n- РБНП Европейского региона представило первые результаты структурированной оценки работы центров.\n- Участники подготовили план на следующий год.",
        venue: "Региональный учебный центр Государственного таможенного комитета Азербайджанской Республики",
      },
    },
    attendees: [
      { role: "ORGANIZER", structure: SEED_SLUGS.rocbEurope },
      { role: "HOST", structure: "rtc-baku" },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rtcBishkek },
      { role: "PARTICIPANT", structure: "rtc-astana" },
      { role: "PARTICIPANT", structure: "rtc-khmelnytskyi" },
      { role: "PARTNER", organization: SEED_SLUGS.osceBishkek },
    ],
  },
  {
    slug: "seventh-informal-meeting-rocb-rtc-vice-chairs-2012",
    kind: "GLOBAL_INFORMAL_MEETING",
    status: "PUBLISHED",
    series: { slug: SEED_SLUGS.seriesInformal, number: 7 },
    schedule: { starts: "2012-02-27T09:30", ends: "2012-02-28T17:00" },
    timeZone: "Europe/Brussels",
    format: "IN_PERSON",
    city: "Brussels",
    countryCode: "BE",
    publishedAt: "2012-03-05T09:00:00Z",
    t: {
      en: {
        title: "Seventh Informal Meeting of the ROCBs, RTCs and Vice-Chairs' offices",
        summary:
          "As agreed in 2011, the regional structures met again in Brussels just before the third session of the Capacity Building Committee.",
        body: "The meeting took stock of the actions agreed at the sixth informal meeting, from donor engagement to the use of CLiKC! for regional training, and prepared the structures' contribution to the Capacity Building Committee.",
        venue: "WCO headquarters",
      },
    },
    attendees: [
      { role: "ORGANIZER", organization: SEED_SLUGS.wcoSecretariat },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rocbEurope },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rocbAsiaPacific },
      { role: "PARTICIPANT", structure: SEED_SLUGS.rocbAmericas },
    ],
  },
];
