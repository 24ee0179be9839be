// A saved web page → one import item: @mozilla/readability finds the
// article (title, body) the way Firefox's reader view does, over linkedom's
// DOM (small and fast, no browser engine); the date and language come from
// the page's own metadata.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToMarkdown, imagesOf } from "./html-to-markdown";
import { importLocale, isoDay, urlLocale } from "./languages";
import type { ImportItem } from "./types";

export function readHtmlPage(html: string, source: string, url: string | null = null): ImportItem {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? null;
  const canonical =
    url ??
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta('meta[property="og:url"]') ??
    null;
  const htmlLanguage = importLocale(document.documentElement?.getAttribute("lang"));
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="dc.date"]') ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  // Readability changes the document it reads: read the metadata first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article || !article.content) throw new Error(`${source}: no article found in the page`);
  const title = (article.title ?? "").trim() || (document.querySelector("h1")?.textContent ?? "").trim();
  if (!title) throw new Error(`${source}: the page has no title`);
  return {
    source: canonical ?? source,
    sourceUrl: canonical,
    title,
    language: htmlLanguage ?? importLocale(article.lang) ?? urlLocale(canonical),
    publishedOn: isoDay(published ?? article.publishedTime ?? ""),
    body: htmlToMarkdown(article.content),
    translationGroup: null,
    images: imagesOf(article.content),
  };
}
