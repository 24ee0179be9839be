// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The `feed` package
// that writes the RSS writes only JSON Feed version 1 (its json1(): "version":
// "https://jsonfeed.org/version/1", an `author` object, no `language`), so
// this small typed builder writes the 1.1 document itself.
export type JsonFeedItem = {
  id: string;
  url: string;
  title: string;
  content_text: string;
  summary?: string;
  date_published?: string;
  language?: string;
  tags?: string[];
};

export type JsonFeed = {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors?: { name: string; url?: string }[];
  items: JsonFeedItem[];
};

export function jsonFeed(feed: Omit<JsonFeed, "version">): JsonFeed {
  return { version: "https://jsonfeed.org/version/1.1", ...feed };
}

export function jsonFeedResponse(feed: JsonFeed): Response {
  return new Response(JSON.stringify(feed), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
