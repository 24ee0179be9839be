// Article HTML to the Markdown the portal stores (turndown: the usual,
// well-kept converter; links and emphasis kept, scripts and styles dropped).
import TurndownService from "turndown";

let service: TurndownService | null = null;

export function htmlToMarkdown(html: string): string {
  service ??= new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced" }).remove([
    "script",
    "style",
    "iframe",
    "form",
    "noscript",
  ]);
  return service
    .turndown(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The image addresses an article refers to. */
export function imagesOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) found.add(m[1]);
  return [...found].slice(0, 50);
}

/** The file types an item may link to as an attachment (what is kept is decided by the bytes, as for an upload). */
const DOCUMENT_PATH = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf)$/i;

/** Whether an address names a document (by its path's extension). */
export function isDocumentAddress(href: string): boolean {
  const path = href.split(/[?#]/)[0];
  return DOCUMENT_PATH.test(path);
}

/**
 * The links of a Markdown body to documents (not images): each with the
 * address as written (`raw`, as the body has it, to rewrite it) and its text.
 */
export function documentLinksOf(markdown: string): { raw: string; href: string; text: string }[] {
  const found = new Map<string, { raw: string; href: string; text: string }>();
  // [text](address) or [text](address "title"); turndown escapes ( and ) in addresses.
  for (const m of markdown.matchAll(
    /(?<!!)\[((?:\\.|[^\]\\])*)\]\(\s*<?((?:\\[()]|[^()\s<>])+)>?(?:\s+"[^"]*")?\s*\)/g,
  )) {
    const raw = m[2];
    const href = raw.replace(/\\([()])/g, "$1");
    if (!isDocumentAddress(href) || found.has(raw)) continue;
    found.set(raw, {
      raw,
      href,
      text: m[1]
        .replace(/\\(.)/g, "$1")
        .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, " ")
        .trim(),
    });
  }
  return [...found.values()].slice(0, 50);
}
