// Search result excerpts: PostgreSQL's ts_headline marks the matched words
// with two control characters and separates its fragments with a third
// (never in stored text: the text rules refuse them), which become <mark>
// and "…" once everything else is escaped.

export const startMark = "\u0002";
export const stopMark = "\u0003";
export const fragmentDelimiter = "\u0004";

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const unmarked = (text: string) => text.replace(/[\u0002\u0003]/g, "");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Escapes a highlighted text, then turns the markers into <mark>. */
export function markedToHtml(text: string): string {
  return escapeHtml(squash(text)).replaceAll(startMark, "<mark>").replaceAll(stopMark, "</mark>");
}

/**
 * An excerpt's HTML from ts_headline's fragments of the plain text (Markdown
 * already removed in SQL: search_plain_text): each fragment starts and ends
 * on a word, and says "…" where the text goes on before or after it.
 * `start` and `end` are the first and last characters of the whole text.
 */
export function excerptToHtml(headline: string, start = "", end = ""): string {
  const docStart = squash(start);
  const docEnd = squash(end);
  const fragments = headline.split(fragmentDelimiter).map(squash).filter(Boolean);
  return fragments
    .map((fragment) => {
      const plain = unmarked(fragment);
      const head = plain.slice(0, Math.min(plain.length, docStart.length, 40));
      const tail = plain.slice(-Math.min(plain.length, docEnd.length, 40));
      const before = head && docStart.startsWith(head) ? "" : "… ";
      const after = tail && docEnd.endsWith(tail) ? "" : " …";
      return `${before}${markedToHtml(fragment)}${after}`;
    })
    .join(" ")
    .replace(/ … … /g, " … ");
}
