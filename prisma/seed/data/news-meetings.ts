// News about the two reference meetings: Brussels 2011 (English only) and
// Bishkek 2021 (English and Russian).
import { SEED_SLUGS } from "../keys";
import type { NewsSeed } from "./types";

export const brussels2011News: NewsSeed = {
  slug: SEED_SLUGS.brussels2011News,
  publishedAt: "2011-05-13T10:00:00Z",
  meeting: SEED_SLUGS.brussels2011,
  topics: ["capacity-building", "e-learning", "regional-cooperation"],
  structures: [
    "rocb-asia-pacific",
    "rocb-east-southern-africa",
    SEED_SLUGS.rocbAmericas,
    "rocb-west-central-africa",
    "rocb-mena",
  ],
  t: {
    en: {
      title: "Regional structures compare notes in Brussels",
      excerpt:
        "More than 30 people from the ROCBs, RTCs and Vice-Chairs' offices spent two days at the WCO on donors, careers, training coordination and how to measure their own results.",
      body: `The sixth informal meeting of the WCO's regional structures took place in Brussels on 9 and 10 May 2011, just before the 2nd Capacity Building Committee and the 10th Integrity Sub-Committee. Holding the three meetings in one week let more than 30 representatives from all regions take part in each of them.

The informal format encouraged an open exchange. Participants described how they approach donors, how they share what they know with other regions and how customs officers can be given a genuine career path. Other sessions looked at:

- CLiKC!, the WCO learning portal, as a way to coordinate training offered across a region;
- simple ways to measure the performance of regional offices and training centres;
- the Project Map kept by the Americas and Caribbean region, which lists who supports which administration.

Before leaving, the participants agreed on the timing of their next gathering: the seventh informal meeting will take place just before the 3rd session of the Capacity Building Committee in February 2012.`,
    },
  },
};

export const bishkek2021News: NewsSeed = {
  slug: SEED_SLUGS.bishkek2021News,
  publishedAt: "2021-10-19T07:00:00Z",
  region: "EUR",
  meeting: SEED_SLUGS.bishkek2021,
  topics: ["capacity-building", "training", "data-analysis"],
  structures: [
    SEED_SLUGS.rocbEurope,
    SEED_SLUGS.rtcBishkek,
    "rtc-baku",
    "rtc-astana",
    SEED_SLUGS.rtcMoscow,
    "rtc-khmelnytskyi",
  ],
  t: {
    en: {
      title: "Europe's regional structures meet face to face again in Bishkek",
      excerpt:
        "At their 11th meeting, the first in person since the pandemic, the training centres of the Europe region agreed to plan their work together and to track their performance in a common way.",
      body: `For four days in mid-October 2021, Bishkek was the meeting point of the WCO Europe region's capacity-building network. The Regional Training Centre of the State Customs Committee of the Kyrgyz Republic welcomed ROCB Europe, the WCO Secretariat and the centres of Azerbaijan, Kazakhstan, the Russian Federation and Ukraine, with the support of the OSCE Programme Office in Bishkek.

It was the first time since the start of the pandemic that the structures had met in the same room. The WCO Secretariat presented its recent work, including training in virtual reality and the BACUDA project on data analysis, and ROCB Europe reported on its activities. Each centre then described its courses and plans.

Two decisions came out of the discussions:

- the centres will prepare **a joint action plan** for the coming year, coordinated with ROCB Europe;
- their performance will be **monitored in a structured way**, with a common reporting template.

ROCB Europe thanked the hosts and the OSCE for making the meeting possible.`,
    },
    ru: {
      title: "Региональные структуры Европейского региона вновь встретились очно — в Бишкеке",
      excerpt:
        "На 11-м совещании, первом очном после пандемии, учебные центры Европейского региона договорились совместно планировать работу и оценивать её по единой схеме.",
      body: `В середине октября 2021 года Бишкек на четыре дня стал местом встречи сети наращивания потенциала Европейского региона ВТамО. Региональный учебный центр Государственного таможенного комитета Кыргызской Республики принял РБНП Европейского региона, Секретариат ВТамО и центры Азербайджана, Казахстана, Российской Федерации и Украины; поддержку оказал Офис программ ОБСЕ в Бишкеке.

Впервые с начала пандемии региональные структуры собрались в одном зале. Секретариат ВТамО рассказал о своей работе, в том числе об обучении с применением виртуальной реальности и о проекте BACUDA по анализу данных, РБНП отчиталось о своей деятельности, а каждый центр представил свои курсы и планы.

По итогам обсуждения приняты два решения:

- центры подготовят **совместный план действий** на предстоящий год, согласованный с РБНП;
- работа центров будет **оцениваться по структурированной схеме** с единой формой отчётности.

РБНП поблагодарило принимающую сторону и ОБСЕ за помощь в организации совещания.`,
    },
  },
};
