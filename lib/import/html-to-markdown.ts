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
