// All news articles, in creation order.
import { archiveNews } from "./news-archive";
import { bishkek2021News, brussels2011News } from "./news-meetings";
import { networkExplainedNews, upcomingAsiaPacificWorkshopNews } from "./news-multilingual";
import { regionalNews } from "./news-regional";
import type { NewsSeed } from "./types";

export const news: NewsSeed[] = [
  ...archiveNews,
  brussels2011News,
  ...regionalNews,
  bishkek2021News,
  networkExplainedNews,
  upcomingAsiaPacificWorkshopNews,
];
