// Items that are translations of one another become one record: the same
// WPML/Polylang group in a WordPress export, or the same URL with another
// language in it (/en/news/x and /ru/news/x, ?lang=fr).
import { createHash } from "node:crypto";
import { urlWithoutLocale } from "./languages";
import { detectLanguage } from "./text";
import type { ImportItem, ImportLocale } from "./types";

export type ImportRecord = { key: string; items: (ImportItem & { language: ImportLocale })[] };

export function pairTranslations(items: ImportItem[]): ImportRecord[] {
  const records: ImportRecord[] = [];
  const byKey = new Map<string, ImportRecord>();
  for (const raw of items) {
    const item = { ...raw, language: raw.language ?? detectLanguage(`${raw.title}\n${raw.body}`) };
    const keys = [
      item.translationGroup ? `group:${item.translationGroup}` : null,
      item.sourceUrl ? `url:${urlWithoutLocale(item.sourceUrl)}` : null,
    ].filter((k): k is string => !!k);
    // Joins a record with the same key only when that language is still free there.
    const record = keys.map((k) => byKey.get(k)).find((r) => r && !r.items.some((i) => i.language === item.language));
    if (record) {
      record.items.push(item);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, record);
      continue;
    }
    const created: ImportRecord = { key: keys[0] ?? `source:${item.source}`, items: [item] };
    records.push(created);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, created);
  }
  return records;
}

/** The key a source is remembered by: its URL, or its file name. */
export function sourceKeyOf(item: ImportItem): string {
  return (item.sourceUrl ?? item.source).slice(0, 2000);
}

/** The hash that tells whether an item changed since it was imported. */
export function contentHashOf(item: ImportItem): string {
  return createHash("sha256")
    .update(JSON.stringify([item.title, item.publishedOn, item.body]))
    .digest("hex");
}
