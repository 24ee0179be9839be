import "server-only";

// Public news: lists, one article, the feed and the topic filter. Split by
// verb under lib/data/news/; this module is the entry point.
export type { LocalizedName, NewsCard, NewsListItem, NewsTopicTag } from "./news/shared";
export { FEED_SIZE, listLatestNews, listNewsForFeed, listPublishedNews, listTopics } from "./news/list-news";
export type { NewsListFilters, NewsPage } from "./news/list-news";
export { getPublishedNews } from "./news/get-news";
export type { NewsArticleDetail, NewsRelatedMeeting, NewsRelatedStructure } from "./news/get-news";
