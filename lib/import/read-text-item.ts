// A .txt or .md item: line 1 the title; optional "Date: YYYY-MM-DD",
// "Language: xx" and "URL: …" lines; a blank line; the body.
import { importLocale, urlLocale } from "./languages";
import type { ImportItem } from "./types";

export function readTextItem(content: string, source: string): ImportItem {
  const lines = content
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const title = (lines[0] ?? "").replace(/^#\s+/, "").trim();
  if (!title) throw new Error(`${source}: line 1 must be the title`);
  let date: string | null = null;
  let language: ImportItem["language"] = null;
  let url: string | null = null;
  let at = 1;
  for (; at < lines.length; at++) {
    const line = lines[at].trim();
    if (!line) break;
    const header = line.match(/^(Date|Language|URL):\s*(.*)$/i);
    if (!header) break;
    const [, name, value] = header;
    if (/^date$/i.test(name)) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new Error(`${source}: line ${at + 1}: the date must be written YYYY-MM-DD`);
      }
      date = value;
    } else if (/^language$/i.test(name)) {
      language = importLocale(value);
      if (!language) throw new Error(`${source}: line ${at + 1}: the language must be one of en, fr, es, ru, ar`);
    } else {
      if (!/^https?:\/\/\S+$/i.test(value))
        throw new Error(`${source}: line ${at + 1}: the URL must start with http:// or https://`);
      url = value;
    }
  }
  const body = lines.slice(at).join("\n").trim();
  if (!body) throw new Error(`${source}: the item has no body`);
  return {
    source: url ?? source,
    sourceUrl: url,
    title,
    language: language ?? urlLocale(url),
    publishedOn: date,
    body,
    translationGroup: null,
    images: [],
  };
}
