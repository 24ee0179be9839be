// All news articles, in creation order.
import { bishkek2021News, brussels2011News } from "./news-meetings";
import { networkExplainedNews, upcomingAsiaPacificWorkshopNews } from "./news-multilingual";
import { regionalNews } from "./news-regional";
import type { NewsSeed } from "./types";

export const news: NewsSeed[] = [brussels2011News, ...regionalNews, bishkek2021News, networkExplainedNews, upcomingAsiaPacificWorkshopNews];
