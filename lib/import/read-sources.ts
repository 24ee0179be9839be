// Files, folders and URLs → import items: each input read by its kind, each
// failure reported with its reason, nothing else lost.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fetchSource } from "./fetch-source";
import { readFeed } from "./read-feed";
import { readHtmlPage } from "./read-html";
import { readTextItem } from "./read-text-item";
import type { ImportFailure, ImportItem } from "./types";

export const FILE_LIMIT_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 5000;

export type ReadResult = { items: ImportItem[]; failures: ImportFailure[] };

/** Reads one file's content by its name and, failing that, its first bytes. */
export function readContent(content: string, name: string, url: string | null = null): ReadResult {
  const lower = name.toLowerCase();
  const head = content.slice(0, 1000).trimStart().toLowerCase();
  if (
    /\.(xml|rss|atom|wxr)$/.test(lower) ||
    head.startsWith("<?xml") ||
    head.startsWith("<rss") ||
    head.startsWith("<feed")
  ) {
    const { items, failures } = readFeed(content, name);
    return { items, failures };
  }
  if (/\.(html?|xhtml)$/.test(lower) || head.startsWith("<!doctype html") || head.startsWith("<html")) {
    return { items: [readHtmlPage(content, name, url)], failures: [] };
  }
  if (/\.(txt|md|markdown)$/.test(lower)) return { items: [readTextItem(content, name)], failures: [] };
  throw new Error(`${name}: not a feed, a WordPress export, an HTML page or a .txt/.md item`);
}

/** Reads paths (files or folders) and http(s) URLs; progress goes to onProgress. */
export async function readSources(inputs: string[], onProgress?: (done: number, total: number, name: string) => void) {
  const result: ReadResult = { items: [], failures: [] };
  const files: string[] = [];
  const urls: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      urls.push(input);
      continue;
    }
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        const names = (await readdir(input)).filter((n) => !n.startsWith(".")).sort();
        for (const name of names) files.push(path.join(input, name));
      } else files.push(input);
    } catch (error) {
      result.failures.push({
        source: input,
        reason:
          (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message,
      });
    }
  }
  if (files.length > MAX_FILES) throw new Error(`more than ${MAX_FILES} files in one import`);
  const total = files.length + urls.length;
  let done = 0;
  for (const file of files) {
    const name = path.basename(file);
    await readInto(result, name, async () => {
      const info = await stat(file);
      if (info.isDirectory()) return { items: [], failures: [] };
      if (info.size > FILE_LIMIT_BYTES) throw new Error(`${name}: larger than ${FILE_LIMIT_BYTES / 1024 / 1024} MB`);
      return readContent(await readFile(file, "utf8"), name);
    });
    onProgress?.(++done, total, name);
  }
  for (const url of urls) {
    await readUrl(url, result);
    onProgress?.(++done, total, url);
  }
  return result;
}

/** Reads a feed or a page from a URL (fetchSource's guards), into `result`. */
async function readUrl(url: string, result: ReadResult) {
  await readInto(result, url, async () => {
    const fetched = await fetchSource(url);
    const name = /xml/i.test(fetched.contentType)
      ? `${fetched.url}.xml`
      : /html/i.test(fetched.contentType)
        ? `${fetched.url}.html`
        : fetched.url;
    return readContent(fetched.text, name, /html/i.test(fetched.contentType) ? fetched.url : null);
  });
}

/** One input's items and failures added to `result`; an input that cannot be read is a failure with its reason. */
async function readInto(result: ReadResult, name: string, read: () => Promise<ReadResult> | ReadResult) {
  try {
    const { items, failures } = await read();
    result.items.push(...items);
    result.failures.push(...failures);
  } catch (error) {
    result.failures.push({ source: name, reason: withoutName((error as Error).message, name) });
  }
}

/** Files sent to the staff screen (name and text) and an optional URL: the same readers. */
export async function readUploads(files: { name: string; text: string }[], url: string | null): Promise<ReadResult> {
  const result: ReadResult = { items: [], failures: [] };
  for (const file of files) await readInto(result, file.name, () => readContent(file.text, file.name));
  if (url) await readUrl(url, result);
  return result;
}

/** "x.xml: not well-formed" reported for x.xml reads "not well-formed". */
function withoutName(message: string, name: string): string {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}
