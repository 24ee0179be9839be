// Demo content: a 12th meeting of the Europe series, a year after Bishkek,
// where the joint action plan adopted there is followed up (the meeting page
// shows the plan as it stood on the meeting's first day). English and Russian.
import { SEED_SLUGS } from "../keys";
import type { MeetingSeed } from "./types";

export const europe2022: MeetingSeed = {
  slug: SEED_SLUGS.europe2022,
  kind: "REGIONAL_STRUCTURES_MEETING",
  status: "PUBLISHED",
  series: { slug: SEED_SLUGS.seriesEurope, number: 12 },
  schedule: { starts: "2022-11-15T09:00", ends: "2022-11-17T17:00" },
  timeZone: "Asia/Baku",
  format: "HYBRID",
  city: "Baku",
  countryCode: "AZ",
  region: "EUR",
  host: SEED_SLUGS.rocbEurope,
  organizer: SEED_SLUGS.rocbEurope,
  publishedAt: "2022-11-21T06:00:00Z",
  t: {
    en: {
      title: "12th Meeting of the Regional Structures of the WCO Europe Region",
      summary: "ROCB Europe and the region's training centres reviewed the joint action plan adopted in Bishkek: what was delivered, what was postponed, and what comes next.",
      body: "ROCB Europe convened the regional structures of the Europe region in Baku, with some centres joining online. The main item was the follow-up of the joint action plan adopted at the previous meeting in Bishkek: each Regional Training Centre presented its accepted progress reports, and the meeting discussed the activities that were postponed.",
      venue: "ROCB Europe, Baku",
    },
    ru: {
      title: "12-е совещание региональных структур Европейского региона ВТамО",
      summary: "РБНП Европейского региона и учебные центры региона рассмотрели выполнение совместного плана действий, принятого в Бишкеке: что сделано, что перенесено и что предстоит.",
      body: "РБНП Европейского региона собрало региональные структуры в Баку; часть центров участвовала онлайн. Главным вопросом стало выполнение совместного плана действий, принятого на предыдущем совещании в Бишкеке: каждый региональный учебный центр представил принятые отчёты о ходе работы, участники обсудили перенесённые мероприятия.",
      venue: "РБНП Европейского региона, Баку",
    },
  },
  outcomes: [
    {
      kind: "DECISION",
      t: {
        en: "The centres will complete the postponed activities of the joint action plan in the first half of 2023 and report on them through the portal.",
        ru: "Центры завершат перенесённые мероприятия совместного плана в первой половине 2023 года и отчитаются о них через портал.",
      },
    },
  ],
};
