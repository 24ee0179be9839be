// RSS 2.0, Atom and WordPress export (WXR) files → import items.
// fast-xml-parser: pure JavaScript, no native code, maintained, and it reads
// the three formats alike (the WXR namespaces included); entities are not
// expanded beyond XML's own, so a "billion laughs" file cannot grow memory.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { htmlToMarkdown, imagesOf, isDocumentAddress } from "./html-to-markdown";
import { importLocale, isoDay, urlLocale } from "./languages";
import type { ImportFailure, ImportItem } from "./types";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  cdataPropName: false,
  isArray: (name) => ["item", "entry", "category", "wp:postmeta", "link"].includes(name),
});

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "object" && "#text" in (value as Node)) return String((value as Node)["#text"]);
  return "";
}

export type FeedResult = { kind: "rss" | "atom" | "wxr"; items: ImportItem[]; failures: ImportFailure[] };

/** Reads a feed or a WordPress export; a file that is not one is an error with the reason. */
export function readFeed(xml: string, source: string): FeedResult {
  if (/<!ENTITY/i.test(xml)) throw new Error(`${source}: the file declares XML entities, which are not accepted`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`${source}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    const channelLanguage = importLocale(text(channel.language));
    const isWxr = typeof channel["wp:wxr_version"] !== "undefined";
    const items: ImportItem[] = [];
    const failures: ImportFailure[] = [];
    const attached = isWxr ? wxrAttachments(list(channel.item as Node[])) : new Map<string, string[]>();
    for (const [index, raw] of list(channel.item as Node[]).entries()) {
      try {
        if (isWxr) {
          const item = wxrItem(raw, channelLanguage, attached);
          if (item) items.push(item);
        } else items.push(rssItem(raw, channelLanguage, source, index));
      } catch (error) {
        failures.push({ source: `${source} #${index + 1}`, reason: (error as Error).message });
      }
    }
    return { kind: isWxr ? "wxr" : "rss", items, failures };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const feedLanguage = importLocale(feed["@xml:lang"]);
    const items: ImportItem[] = [];
    const failures: ImportFailure[] = [];
    for (const [index, raw] of list(feed.entry as Node[]).entries()) {
      try {
        items.push(atomEntry(raw, feedLanguage, source, index));
      } catch (error) {
        failures.push({ source: `${source} #${index + 1}`, reason: (error as Error).message });
      }
    }
    return { kind: "atom", items, failures };
  }
  throw new Error(`${source}: neither an RSS 2.0 feed, an Atom feed nor a WordPress export`);
}

function rssItem(
  raw: Node,
  channelLanguage: ReturnType<typeof importLocale>,
  source: string,
  index: number,
): ImportItem {
  const title = text(raw.title).trim();
  if (!title) throw new Error("the item has no title");
  const link = text(list(raw.link)[0]).trim() || null;
  const html = text(raw["content:encoded"]) || text(raw.description);
  return {
    source: link ?? `${source} #${index + 1}`,
    sourceUrl: link,
    title,
    language: importLocale(text(raw["dc:language"])) ?? urlLocale(link) ?? channelLanguage,
    publishedOn: isoDay(text(raw.pubDate)) ?? isoDay(text(raw["dc:date"])),
    body: htmlToMarkdown(html),
    translationGroup: null,
    images: imagesOf(html),
  };
}

function atomEntry(
  raw: Node,
  feedLanguage: ReturnType<typeof importLocale>,
  source: string,
  index: number,
): ImportItem {
  const title = text(raw.title).trim();
  if (!title) throw new Error("the entry has no title");
  const links = list(raw.link as Node[]);
  const alternate = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
  const link = alternate ? String(alternate["@href"] ?? "").trim() || null : null;
  const html = text(raw.content) || text(raw.summary);
  return {
    source: link ?? `${source} #${index + 1}`,
    sourceUrl: link,
    title,
    language: importLocale((raw as Node)["@xml:lang"]) ?? urlLocale(link) ?? feedLanguage,
    publishedOn: isoDay(text(raw.published)) ?? isoDay(text(raw.updated)),
    body: htmlToMarkdown(html),
    translationGroup: null,
    images: imagesOf(html),
  };
}

/** A WordPress export's documents (attachments that are not images), by the id of the post they belong to. */
function wxrAttachments(raws: Node[]): Map<string, string[]> {
  const byPost = new Map<string, string[]>();
  for (const raw of raws) {
    if (text(raw["wp:post_type"]) !== "attachment") continue;
    const parent = text(raw["wp:post_parent"]).trim();
    const url = text(raw["wp:attachment_url"]).trim() || text(raw.guid).trim();
    if (!parent || parent === "0" || !url || !isDocumentAddress(url)) continue;
    const list = byPost.get(parent) ?? [];
    if (list.length < 50 && !list.includes(url)) list.push(url);
    byPost.set(parent, list);
  }
  return byPost;
}

/** A WordPress post (pages, attachments and menu items are not news), with the documents attached to it. */
function wxrItem(
  raw: Node,
  channelLanguage: ReturnType<typeof importLocale>,
  attached: Map<string, string[]>,
): ImportItem | null {
  const type = text(raw["wp:post_type"]) || "post";
  if (type !== "post") return null;
  const status = text(raw["wp:status"]);
  if (status === "trash" || status === "auto-draft") return null;
  const title = text(raw.title).trim();
  if (!title) throw new Error(`post ${text(raw["wp:post_id"])} has no title`);
  const link = text(list(raw.link)[0]).trim() || null;
  const html = text(raw["content:encoded"]);
  const excerpt = text(raw["excerpt:encoded"]);
  // Polylang: <category domain="language"> and <category domain="post_translations">.
  // WPML (its export add-on): _wpml_import_language_code / _wpml_import_translation_group.
  let language: ReturnType<typeof importLocale> = null;
  let group: string | null = null;
  for (const category of list(raw.category as Node[])) {
    const domain = String(category["@domain"] ?? "");
    const nicename = String(category["@nicename"] ?? text(category));
    if (domain === "language") language = importLocale(nicename);
    if (domain === "post_translations") group = `polylang:${nicename}`;
  }
  for (const meta of list(raw["wp:postmeta"] as Node[])) {
    const key = text(meta["wp:meta_key"]);
    const value = text(meta["wp:meta_value"]);
    if (key === "_wpml_import_language_code" || key === "_wpml_language") language = importLocale(value) ?? language;
    if (key === "_wpml_import_translation_group" || key === "_wpml_translation_group") group = `wpml:${value}`;
  }
  return {
    source: link ?? `wp:${text(raw["wp:post_id"])}`,
    sourceUrl: link,
    title,
    language: language ?? urlLocale(link) ?? channelLanguage,
    publishedOn:
      isoDay(text(raw["wp:post_date_gmt"])) ?? isoDay(text(raw["wp:post_date"])) ?? isoDay(text(raw.pubDate)),
    body: htmlToMarkdown(html || excerpt),
    translationGroup: group,
    images: imagesOf(html),
    attachments: attached.get(text(raw["wp:post_id"]).trim()) ?? [],
  };
}
